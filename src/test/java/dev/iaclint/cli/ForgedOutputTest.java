package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: values from a scanned file cannot forge lines of a report or reach a terminal raw. */
class ForgedOutputTest {

    /**
     * A logical id holding a newline, a workflow command, an OSC title sequence, C1, U+2028 and a
     * right-to-left override (U+202E, "Trojan Source"), which makes a terminal show text reversed.
     */
    private static final String TEMPLATE = """
            Resources:
              "Agent\\n::stop-commands::pwned\\n\\e]0;owned\\a\\x85\\u2028\\x7f\\u202eyaml.exe":
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: alias/aws/bedrock
            """;

    @TempDir
    Path dir;

    private void assertNoRawControls(String out) {
        for (char c : out.toCharArray()) {
            boolean allowed = c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c != '\u2028'
                    && c != '\u2029' && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069'));
            assertTrue(allowed, "raw U+" + Integer.toHexString(c) + " in:\n" + out);
        }
    }

    @Test
    void theTextReportEscapesControlCharacters() throws IOException {
        Path file = dir.resolve("agents.yaml");
        Files.writeString(file, TEMPLATE);
        CliRun run = CliRun.of("-f", "text", file.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
        assertNoRawControls(run.out());
        assertTrue(run.out().contains("Agent\\n::stop-commands::pwned\\n\\x1b]0;owned\\x07\\x85\\u2028\\x7f\\u202eyaml.exe"), run.out());
    }

    @Test
    void githubAnnotationsCannotStartACommand() throws IOException {
        Path file = dir.resolve("agents.yaml");
        Files.writeString(file, TEMPLATE);
        CliRun run = CliRun.of("-f", "github", file.toString());
        assertNoRawControls(run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("::error file="), run.out());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("::stop-commands")), run.out());
    }
}
