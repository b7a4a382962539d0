package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: module calls a pull request adds cannot make the real root a child and leave it unscanned. */
class DecoyModuleCallsTest {

    private static final String VIOLATION = "resource \"aws_bedrockagent_agent\" \"a\" {}\n";

    @TempDir
    Path dir;

    @Test
    void anUnusedFolderCallingTheRootAndItselfLeavesTheRootEvaluated() throws IOException {
        TestFiles.write(dir, "main.tf", VIOLATION);
        TestFiles.write(dir, "decoy/main.tf", """
                module "up" {
                  source = "../"
                }
                module "self" {
                  source = "./"
                }
                """);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.a".equals(f.get("resource"))), run.out());
        assertTrue(run.out().contains("module cycle"), run.out());
    }

    @Test
    void twoFoldersCallingEachOtherAreACycleNamingBothAndStillScanned() throws IOException {
        TestFiles.write(dir, "a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n" + VIOLATION);
        TestFiles.write(dir, "b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("module cycle"), run.out());
        assertTrue(run.out().contains("/b calls ../a (" + dir.resolve("a") + ")"), run.out());
        assertTrue(run.findings().size() >= 1, run.out());
    }

    @Test
    void aNamedFileIsEvaluatedAsARootEvenWhenAnotherNamedFolderCallsIt() throws IOException {
        Path root = TestFiles.write(dir, "main.tf", "variable \"key\" {\n  default = null\n}\n"
                + "resource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = var.key\n}\n");
        Path decoy = TestFiles.write(dir, "decoy/main.tf", """
                module "up" {
                  source = "../"
                  key    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                }
                """);
        CliRun run = CliRun.of("--format", "json", root.toString(), decoy.toString());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.a".equals(f.get("resource"))
                && "fail".equals(f.get("status"))), run.out());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    }

    @Test
    void aConfigurationThatAppliesOnItsOwnStaysARootWhenAnUnusedFolderCallsIt() throws IOException {
        // The decoy passes a key, so evaluated only through it the agent would pass: the root
        // configures its provider, so Terraform would apply it as it is, with its own null key.
        TestFiles.write(dir, "main.tf", "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"
                + "variable \"key\" {\n  default = null\n}\n"
                + "resource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = var.key\n}\n");
        TestFiles.write(dir, "decoy/main.tf", """
                module "up" {
                  source = "../"
                  key    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                }
                """);
        CliRun run = CliRun.of("--format", "json", dir.toString());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.a".equals(f.get("resource"))
                && "fail".equals(f.get("status"))), run.out());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    }
}
