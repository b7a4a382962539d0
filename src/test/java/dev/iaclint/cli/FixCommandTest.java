package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iac-lint fix}: a diff by default, the files edited with --write, --rule to choose, and its exit codes. */
class FixCommandTest {

    private static final String KEYS = """
            Resources:
              Unrotated:
                Type: AWS::KMS::Key
                Properties:
                  Description: no rotation  # stays
              Parameterised:
                Type: AWS::KMS::Key
                Properties:
                  EnableKeyRotation: !Ref Rotate
            Parameters:
              Rotate:
                Type: String
                Default: "false"
            """;

    @TempDir
    Path folder;

    @Test
    void printsTheDiffAndWritesNothing() throws IOException {
        Path template = write(KEYS);

        CliRun run = CliRun.allRules("fix", "--rule", "KMS-001", template.toString());

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
        String file = template.toString().replace('\\', '/');
        assertEquals("--- a/" + file + "\n+++ b/" + file + "\n@@ -3,6 +3,7 @@\n"
                + "     Type: AWS::KMS::Key\n     Properties:\n       Description: no rotation  # stays\n"
                + "+      EnableKeyRotation: true\n   Parameterised:\n     Type: AWS::KMS::Key\n     Properties:\n",
                run.out());
        assertTrue(run.err().contains(":2:3  KMS-001  Unrotated  rotation on"), run.err());
        assertTrue(run.err().contains("KMS-001  Parameterised  not fixable automatically: Parameterised's rotation "
                + "comes from Rotate; set it where that is defined"), run.err());
        assertTrue(run.err().contains("2 fixable failing findings: 1 with a fix in 1 file; 1 not fixable automatically"),
                run.err());
        assertEquals(KEYS, Files.readString(template, StandardCharsets.UTF_8));
    }

    @Test
    void writeAppliesTheFixesAndTheRescanPasses() throws IOException {
        Path template = write(KEYS.replace("!Ref Rotate", "false"));

        CliRun run = CliRun.allRules("fix", "--write", "--rule", "KMS-001", template.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("fixed   "), run.out());
        assertTrue(Files.readString(template).contains("      Description: no rotation  # stays\n"
                + "      EnableKeyRotation: true\n"));
        assertEquals(ExitCode.OK, CliRun.allRules("--rule", "KMS-001", template.toString()).exitCode());
    }

    @Test
    void aRuleThatDoesNotExistIsAUsageError() throws IOException {
        CliRun run = CliRun.allRules("fix", "--rule", "KMS-999", write(KEYS).toString());

        assertEquals(ExitCode.ERROR, run.exitCode());
        assertTrue(run.err().contains("--rule KMS-999: no policy has this id"), run.err());
    }

    @Test
    void theDiffTheDocumentationShowsIsTheOneFixPrintsForTheExamples() throws IOException {
        CliRun run = CliRun.allRules("fix", "examples/");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String usage = Files.readString(Path.of("docs/usage.md"), StandardCharsets.UTF_8);
        assertTrue(usage.contains("```diff\n" + run.out() + "```\n"), "copy the diff into docs/usage.md:\n" + run.out());
        assertTrue(usage.contains("```\n" + run.err() + "```\n"), "copy the output into docs/usage.md:\n" + run.err());
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```diff\n") + "```diff\n".length();
        String excerpt = readme.substring(start, readme.indexOf("```\n", start));
        assertTrue(run.out().contains(excerpt), "the README's diff is an excerpt of:\n" + run.out());
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("keys.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
