package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies' regular expressions run on RE2/J. A pattern that backtracks catastrophically in
 * java.util.regex, (a+)+$, against a value crafted for it, must simply give its answer; with
 * java.util.regex this scan would take longer than the universe has left.
 */
class RegexSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aCatastrophicPatternOnACraftedValueAnswers() throws IOException {
        TestFiles.write(dir, "policies/regex.yaml", """
                id: REGEX-1
                title: Agent names are all a
                severity: low
                kinds: [bedrock.agent]
                assert: "attributes.AgentName =~ '(a+)+$'"
                message: ${resource.address} has another name
                """);
        TestFiles.write(dir, "stack/t.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      AgentName: " + "a".repeat(64) + "!\n"
                + "      CustomerEncryptionKeyArn: alias/agents\n");
        CliRun run = CliRun.of("--policy-dir", dir.resolve("policies").toString(), dir.resolve("stack").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("REGEX-1  A has another name"), run.out());
    }

    @Test
    void regexLiteralsAndListMembershipStillWork() throws IOException {
        TestFiles.write(dir, "policies/regex.yaml", """
                id: REGEX-2
                title: t
                severity: low
                kinds: [bedrock.agent]
                assert: "resource.type =~ ~/AWS::Bedrock::.*/ && resource.address =~ ['A', 'B'] && !('C' =~ ['A'])"
                message: m
                """);
        TestFiles.write(dir, "stack/t.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      CustomerEncryptionKeyArn: alias/agents\n");
        CliRun run = CliRun.of("--rule", "REGEX-2", "--policy-dir", dir.resolve("policies").toString(),
                dir.resolve("stack").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
    }

    @Test
    void aPatternRe2CannotRunIsAnErrorOfThePolicy() throws IOException {
        TestFiles.write(dir, "policies/regex.yaml", """
                id: REGEX-3
                title: t
                severity: low
                kinds: [bedrock.agent]
                assert: "resource.address =~ '(A)\\\\1'"
                message: m
                """);
        TestFiles.write(dir, "stack/t.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.of("--policy-dir", dir.resolve("policies").toString(), dir.resolve("stack").toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("policy REGEX-3 failed on A"), run.out());
    }

    @Test
    void nestedRepetitionsBeyondTheBudgetAreAnErrorOfThePolicy() throws IOException {
        TestFiles.write(dir, "policies/regex.yaml", """
                id: REGEX-4
                title: t
                severity: low
                kinds: [bedrock.agent]
                assert: "resource.address =~ '((a{1000}){1000}){1000}'"
                message: m
                """);
        TestFiles.write(dir, "stack/t.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.of("--policy-dir", dir.resolve("policies").toString(), dir.resolve("stack").toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("policy REGEX-4 failed on A") && run.out().contains("nested repetitions"),
                run.out());
        assertEquals(1_000_000_000L, RegexBudget.repeatProduct("((a{1000}){1000}){1000}"));
        assertEquals(1000L, RegexBudget.repeatProduct("x{10}(a{10,100}b){10}[{]{5}\\{3}"));
    }
}
