package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variable file named alone (pre-commit staging only terraform.tfvars) checks the configuration
 * of its folder with those values: what the change deploys, not "nothing to scan".
 */
class NamedVariableFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"terraform.tfvars", "terraform.tfvars.json"})
    void aNamedVariableFileChecksItsFoldersConfiguration(String name) throws IOException {
        TestFiles.write(dir, "main.tf", """
                variable "key" {}
                resource "aws_bedrockagent_agent" "a" {
                  customer_encryption_key_arn = var.key
                }
                """);
        Path values = TestFiles.write(dir, name, name.endsWith(".json") ? "{\"key\": null}\n" : "key = null\n");
        CliRun run = CliRun.of("-f", "json", "--", values.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("fail"), run.findings().stream().map(f -> f.get("status")).toList(), run.out());
        assertEquals(dir.resolve("main.tf").toString(), run.findings().get(0).get("file"));
    }
}
