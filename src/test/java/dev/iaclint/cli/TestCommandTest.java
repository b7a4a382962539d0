package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iac-lint test}: a policy directory's fixtures, checked as the shipped policies' are. */
class TestCommandTest {

    private static final String POLICY = """
            id: MY-001
            title: Agents name a key
            severity: low
            kinds: [bedrock.agent]
            assert: fields.encryptionKey != null
            message: Agent ${resource.address} names no key.
            """;

    @TempDir
    Path dir;

    @Test
    void theWorkedExamplesOfTheReadmePass() {
        CliRun run = CliRun.allRules("test", "docs/custom-policies");
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("ok    docs/custom-policies/testdata/ACME-001/guardrails.yaml",
                "ok    docs/custom-policies/testdata/ACME-001/terraform",
                "ok    docs/custom-policies/testdata/ACME-002/agents.yaml",
                "ok    docs/custom-policies/testdata/ACME-002/terraform",
                "", "4 fixtures, 0 failed"), run.out().lines().toList());
    }

    @Test
    void aMismatchSaysWhatWasExpectedAndWhatWasFoundAndExitsOne() throws IOException {
        TestFiles.write(dir, "my-001.yaml", POLICY);
        TestFiles.write(dir, "testdata/MY-001/agents.yaml", """
                Resources:
                  NoKey:  # expect: MY-001
                    Type: AWS::Bedrock::Agent
                  WithKey:  # expect: MY-001
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: alias/agents
                """);
        CliRun run = CliRun.allRules("test", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("FAIL  "), run.out());
        assertTrue(run.out().contains("expected, not found: ") && run.out().contains("agents.yaml:4 MY-001 fail"),
                run.out());
        assertTrue(run.out().endsWith("1 fixture, 1 failed\n"), run.out());
    }

    @Test
    void aPolicyWithoutFixturesIsNotedAndAFolderOfNoPolicyIsAnError() throws IOException {
        TestFiles.write(dir, "my-001.yaml", POLICY);
        TestFiles.write(dir, "my-002.yaml", POLICY.replace("MY-001", "MY-002"));
        TestFiles.write(dir, "testdata/MY-001/agents.yaml", "Resources:\n  A:  # expect: MY-001\n"
                + "    Type: AWS::Bedrock::Agent\n");
        TestFiles.write(dir, "testdata/MY-003/agents.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.allRules("test", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("note  MY-002"), run.out());
        assertTrue(run.out().contains("error: no policy has the id 'MY-003'"), run.out());
    }

    @Test
    void noFixturesFolderIsAnError() throws IOException {
        TestFiles.write(dir, "my-001.yaml", POLICY);
        CliRun run = CliRun.allRules("test", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertTrue(run.err().contains("no fixtures"), run.err());
    }

    @Test
    void aPolicyDirectorysFixturesAreNotReadAsPolicies() {
        CliRun run = CliRun.of("--policy-dir", "docs/custom-policies", "--rule", "ACME-001", "examples/");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("ACME-001  Guardrail SupportGuardrail has no sensitive-information filter"),
                run.out());
    }
}
