package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person at a terminal sees: colours when they help, --quiet, and the one-line compact format. */
class TerminalOutputTest {

    private static final String ESC = "\u001b[";
    private static final String FAILING = Agents.CLOUDFORMATION_MANAGED_KEY;
    private static final String UNKNOWN = Agents.CLOUDFORMATION_UNKNOWN_KEY;
    private static final Terminal COLOUR_TERMINAL = new Terminal(true, true, Map.of("TERM", "xterm-256color"));

    @TempDir
    Path dir;

    private static CliRun run(Terminal terminal, String... args) {
        List<String> all = new ArrayList<>(List.of("--rule", "BEDROCK-001"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), terminal);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void onATerminalTheTextReportColoursSeverityRuleAndPath() throws IOException {
        Path file = TestFiles.write(dir, "bad.yaml", FAILING);
        CliRun run = run(COLOUR_TERMINAL, file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\u001b[35m" + file + "\u001b[0m\n"), run.out());
        assertTrue(run.out().contains("\u001b[31mHIGH    \u001b[0m fail    \u001b[1mBEDROCK-001\u001b[0m  Bedrock agent"),
                run.out());
    }

    @Test
    void pipedDumbNoColorOrNeverMeansPlainText() throws IOException {
        Path file = TestFiles.write(dir, "bad.yaml", FAILING);
        Map<String, Terminal> plain = Map.of(
                "piped", new Terminal(false, false, Map.of("TERM", "xterm")),
                "dumb", new Terminal(true, true, Map.of("TERM", "dumb")),
                "no TERM", new Terminal(true, true, Map.of()),
                "NO_COLOR", new Terminal(true, true, Map.of("TERM", "xterm", "NO_COLOR", "1")));
        plain.forEach((why, terminal) -> {
            CliRun run = run(terminal, "--color=auto", file.toString());
            assertEquals(1, run.exitCode(), why);
            assertFalse(run.out().contains(ESC), why + ": " + run.out());
        });
        assertFalse(run(COLOUR_TERMINAL, "--no-color", file.toString()).out().contains(ESC));
        assertFalse(run(COLOUR_TERMINAL, "--color=never", file.toString()).out().contains(ESC));
        Terminal noColor = new Terminal(true, true, Map.of("TERM", "xterm", "NO_COLOR", ""));
        assertTrue(run(noColor, file.toString()).out().contains(ESC), "an empty NO_COLOR is not set");
    }

    @Test
    void alwaysColoursAPipeButNeverAReportFile() throws IOException {
        Path file = TestFiles.write(dir, "bad.yaml", FAILING);
        CliRun run = run(Terminal.NONE, "--color", "-f", "compact", "-f", "text:" + dir.resolve("report.txt"),
                file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains(ESC), "--color alone means always: " + run.out());
        assertFalse(readString(dir.resolve("report.txt")).contains(ESC));
    }

    @Test
    void colourAndNoColourTogetherAreAUsageError() throws IOException {
        Path file = TestFiles.write(dir, "bad.yaml", FAILING);
        CliRun run = run(COLOUR_TERMINAL, "--color=always", "--no-color", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("iac-lint: --color=always and --no-color contradict each other\n", run.err());
        assertEquals("", run.out());
        assertEquals(2, run(COLOUR_TERMINAL, "--color=sometimes", file.toString()).exitCode());
    }

    /** A file name crafted with escape sequences is escaped, and escaped text is never wrapped in colour. */
    @Test
    void escapedTextIsNeverColoured() throws IOException {
        Path file = TestFiles.write(dir, "evil\u001b[32mok.yaml", FAILING);
        CliRun run = run(COLOUR_TERMINAL, "--color=always", "-f", "text", file.toString());
        assertEquals(1, run.exitCode());
        String header = run.out().lines().filter(line -> line.contains("evil")).findFirst().orElseThrow();
        assertEquals(file.toString().replace("\u001b", "\\x1b"), header);
        String compact = run(COLOUR_TERMINAL, "--color=always", "-f", "compact", file.toString()).out();
        assertTrue(compact.startsWith(file.toString().replace("\u001b", "\\x1b") + ":5:"), compact);
    }

    @Test
    void compactIsOneLinePerFindingThenErrorsAndWarnings() throws IOException {
        Path bad = TestFiles.write(dir, "bad.yaml", FAILING);
        Path unknown = TestFiles.write(dir, "unknown.yaml", UNKNOWN);
        Path broken = TestFiles.write(dir, "broken.yaml", "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties: [unclosed\n");
        CliRun run = run(Terminal.NONE, "-f", "compact", dir.toString());
        assertEquals(2, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(bad + ":5:33: high BEDROCK-001 Bedrock agent Agent encrypts"), lines.get(0));
        assertTrue(lines.get(1).startsWith(unknown + ":7:33: high BEDROCK-001 unknown: "), lines.get(1));
        assertTrue(lines.get(2).startsWith(broken + ":"), lines.get(2));
        assertTrue(lines.get(2).contains(": error "), lines.get(2));
    }

    @Test
    void quietPrintsOnlyWhatFailsTheRunAndTheErrors() throws IOException {
        TestFiles.write(dir, "bad.yaml", FAILING);
        TestFiles.write(dir, "unknown.yaml", UNKNOWN);
        CliRun run = run(Terminal.NONE, "--quiet", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().contains("bad.yaml\n"), run.out());
        assertFalse(run.out().contains("unknown.yaml"), "an unknown outcome does not fail the run: " + run.out());
        assertFalse(run.out().contains("failed,"), "no summary: " + run.out());
        assertFalse(run.out().contains("coverage"), "no coverage: " + run.out());

        CliRun belowThreshold = run(Terminal.NONE, "-q", "--fail-on", "critical", "-f", "compact", dir.toString());
        assertEquals(0, belowThreshold.exitCode());
        assertEquals("", belowThreshold.out());
    }

    @Test
    void quietHidesTheEmptyScanWarningButNeverAnError() throws IOException {
        Path empty = dir.resolve("empty");
        java.nio.file.Files.createDirectories(empty);
        CliRun run = run(Terminal.NONE, "-q", empty.toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.err() + run.out());
        assertTrue(run(Terminal.NONE, empty.toString()).err().contains("warning: no CloudFormation template"));
        CliRun missing = run(Terminal.NONE, "-q", dir.resolve("missing").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.out().contains("no such file or directory"), missing.out());
        assertEquals(2, run(Terminal.NONE, "-q", "-v", empty.toString()).exitCode());
    }

    private static String readString(Path file) throws IOException {
        return java.nio.file.Files.readString(file);
    }
}
