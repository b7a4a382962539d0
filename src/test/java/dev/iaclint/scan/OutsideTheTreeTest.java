package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: a pull request's links and module sources cannot make a scan read outside the repository. */
class OutsideTheTreeTest {

    private static final String SECRET = "SECRET-FROM-ANOTHER-CHECKOUT";

    @TempDir
    Path dir;

    private Path secret() throws IOException {
        return TestFiles.write(dir, "elsewhere/secret.tf", "variable \"key\" {\n  default = \"" + SECRET + "\"\n}\n"
                + "output \"arn\" {\n  value = \"" + SECRET + "\"\n}\n");
    }

    @Test
    void aLinkInAModuleFolderPointingOutsideIsNotRead() throws IOException {
        Path secret = secret();
        TestFiles.write(dir, "repo/.git/HEAD", "ref: refs/heads/main\n");
        TestFiles.write(dir, "repo/stack/main.tf", "resource \"aws_bedrockagent_agent\" \"a\" {\n"
                + "  customer_encryption_key_arn = var.key\n}\n");
        Files.createSymbolicLink(dir.resolve("repo/stack/x.tf"), secret);
        CliRun run = CliRun.of("--format", "json", dir.resolve("repo/stack").toString());
        assertFalse(run.out().contains(SECRET), run.out());
    }

    @Test
    void aNamedLinkPointingOutsideIsNotFollowed() throws IOException {
        Path secret = secret();
        Path link = dir.resolve("repo/x.tf");
        TestFiles.write(dir, "repo/.git/HEAD", "ref: refs/heads/main\n");
        Files.createSymbolicLink(link, secret);
        CliRun run = CliRun.of("--format", "json", link.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertFalse(run.out().contains(SECRET), run.out());
        assertTrue(run.out().contains("not followed"), run.out());
    }

    @Test
    void aLocalModuleLeavingTheRepositoryIsUnknownAndSaysWhy() throws IOException {
        secret();
        TestFiles.write(dir, "repo/.git/HEAD", "ref: refs/heads/main\n");
        TestFiles.write(dir, "repo/stack/main.tf", """
                module "db" {
                  source = "../../elsewhere"
                }
                resource "aws_bedrockagent_agent" "a" {
                  customer_encryption_key_arn = module.db.arn
                }
                """);
        CliRun run = CliRun.allRules("--format", "json", dir.resolve("repo/stack").toString());
        assertFalse(run.out().contains(SECRET), run.out());
        assertTrue(run.out().contains("outside the repository, not loaded"), run.out());
    }

    @Test
    void policyDirsOfTheRepositorysConfigurationStayInTheRepository() throws IOException {
        Files.createDirectories(dir.resolve("elsewhere-policies"));
        TestFiles.write(dir, "repo/.git/HEAD", "ref: refs/heads/main\n");
        TestFiles.write(dir, "repo/.iac-lint.yaml", "policy-dirs:\n  - ../elsewhere-policies\n");
        TestFiles.write(dir, "repo/stack/main.tf", "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
        CliRun run = CliRun.of("--format", "json", dir.resolve("repo").toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("is outside the repository"), run.out());
    }
}
