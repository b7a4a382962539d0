package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What decides the exit code of a pull request check: thresholds, strict mode, suppressions, baseline, config. */
class GatingTest {

    private static final String TWO_AGENTS = """
            Resources:
              Managed:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: alias/aws/bedrock
              Absent:
                Type: AWS::Bedrock::Agent
            """;
    private static final String UNKNOWN = Agents.CLOUDFORMATION_UNKNOWN_KEY;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }


    @Test
    void failOnIgnoresFailuresBelowTheThresholdButStillReportsThem() throws IOException {
        Path file = write("t.yaml", TWO_AGENTS);
        assertEquals(ExitCode.FINDINGS, CliRun.of("--fail-on", "high", file.toString()).exitCode());
        CliRun critical = CliRun.of("--fail-on", "critical", file.toString());
        assertEquals(ExitCode.OK, critical.exitCode());
        assertTrue(critical.out().contains("2 failed"), critical.out());
        assertEquals(ExitCode.ERROR, CliRun.of("--fail-on", "severe", file.toString()).exitCode());
    }

    @Test
    void strictTurnsUnknownIntoFailure() throws IOException {
        Path file = write("t.yaml", UNKNOWN);
        assertEquals(ExitCode.OK, CliRun.of(file.toString()).exitCode());
        CliRun strict = CliRun.of("--strict", "--format", "json", file.toString());
        assertEquals(ExitCode.FINDINGS, strict.exitCode());
        assertEquals("fail", strict.findings().get(0).get("status"));
    }

    @Test
    void inlineCommentsSuppressWithAReasonAndStayVisibleInJson() throws IOException {
        Path file = write("t.yaml", """
                Resources:
                  Managed:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: alias/aws/bedrock  # iac-lint:ignore BEDROCK-001 sandbox, no customer data
                  # iac-lint:ignore BEDROCK-001 -- retired next sprint
                  Absent:
                    Type: AWS::Bedrock::Agent
                """);
        CliRun run = CliRun.of("--format", "json", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        List<Map<?, ?>> findings = run.findings();
        assertEquals(2, findings.size(), "suppressed findings are still in the JSON report");
        Map<?, ?> first = (Map<?, ?>) findings.get(0).get("suppression");
        assertEquals("inline", first.get("kind"));
        assertEquals("sandbox, no customer data", first.get("reason"));
        assertEquals("retired next sprint", ((Map<?, ?>) findings.get(1).get("suppression")).get("reason"));
        assertEquals(2, ((Map<?, ?>) Json.parse(run.out()).get("summary")).get("suppressed"));
        CliRun text = CliRun.of(file.toString());
        assertTrue(text.out().contains("0 failed, 0 unknown, 2 suppressed"), text.out());
    }

    @Test
    void aSuppressionWithoutReasonIsAnErrorAndSuppressesNothing() throws IOException {
        Path file = write("t.yaml", """
                Resources:
                  Absent:  # iac-lint:ignore BEDROCK-001
                    Type: AWS::Bedrock::Agent
                """);
        CliRun run = CliRun.of(file.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertTrue(run.out().contains(":2:12: iac-lint:ignore needs the rule ids and a reason"), run.out());
        assertTrue(run.out().contains("1 failed"), run.out());
    }

    @Test
    void aSuppressionThatMatchesNothingIsAWarning() throws IOException {
        Path file = write("t.yaml", """
                Resources:
                  Key:
                    {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}
                  Agent:  # iac-lint:ignore BEDROCK-001 old exception
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: !Ref Key
                """);
        CliRun run = CliRun.of(file.toString());
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("warnings\n  " + file + ":4:11: inline ignore of BEDROCK-001"), run.out());
        assertTrue(run.out().contains("matches no finding"), run.out());
    }

    @Test
    void cloudFormationMetadataSuppresses() throws IOException {
        Path file = write("t.yaml", """
                Resources:
                  Absent:
                    Type: AWS::Bedrock::Agent
                    Metadata:
                      iac-lint:
                        ignore:
                          - rule: BEDROCK-001
                            reason: demo stack
                """);
        CliRun run = CliRun.of("--format", "json", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertEquals("metadata", ((Map<?, ?>) run.findings().get(0).get("suppression")).get("kind"));
    }

    @Test
    void allSuppressesEveryRuleAndConfigurationResourcesTakeGlobs() throws IOException {
        Path inline = write("inline.yaml", TWO_AGENTS.replace("  Absent:\n", "  Absent: # iac-lint:ignore all a sandbox\n"));
        CliRun run = CliRun.allRules("--format", "json", inline.toString());
        assertTrue(run.findings().stream().filter(f -> f.get("resource").equals("Absent"))
                .allMatch(f -> f.get("suppression") != null), run.out());
        Path config = write("cfg.yaml", """
                ignore:
                  - rules: [BEDROCK-001]
                    paths: ["**"]
                    resources: ["Man*"]
                    reason: the managed ones are being replaced
                """);
        Path file = write("t.yaml", TWO_AGENTS);
        CliRun globbed = CliRun.of("--format", "json", "--config", config.toString(), file.toString());
        assertEquals(List.of("Managed"), globbed.findings().stream().filter(f -> f.get("suppression") != null)
                .map(f -> f.get("resource")).toList(), globbed.out());
    }

    @Test
    void theRepositorysConfigurationAppliesNotOneAPullRequestAddsInASubfolder() throws IOException {
        write(".iac-lint.yaml", "fail-on: high\n");
        write("aaa/.iac-lint.yaml", "exclude: [\"**\"]\n");
        write("aaa/t.yaml", TWO_AGENTS);
        write("bbb/t.yaml", TWO_AGENTS);
        CliRun run = CliRun.of("--format", "json", dir.resolve("aaa").toString(), dir.resolve("bbb").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.findings().stream().anyMatch(f -> ((String) f.get("file")).endsWith("aaa/t.yaml")),
                "aaa/.iac-lint.yaml does not exclude everything: " + run.out());
    }

    @Test
    void noInlineSuppressionsIgnoresWhatTheScannedFilesSayOfThemselves() throws IOException {
        Path file = write("t.yaml", TWO_AGENTS.replace("  Absent:\n", "  Absent: # iac-lint:ignore BEDROCK-001 trust me\n"));
        assertEquals(1, CliRun.of("--format", "json", file.toString()).findings().stream()
                .filter(f -> f.get("suppression") != null).count());
        CliRun strict = CliRun.of("--format", "json", "--no-inline-suppressions", file.toString());
        assertEquals(0, strict.findings().stream().filter(f -> f.get("suppression") != null).count(), strict.out());
        assertEquals(ExitCode.FINDINGS, strict.exitCode());
    }

    @Test
    void findingsBelowFailOnAreWarningsNotErrorsOrJUnitFailures() throws IOException {
        Path file = write("t.yaml", TWO_AGENTS);
        // BEDROCK-001 is high, KMS-007 (tags) is low.
        CliRun github = CliRun.allRules("-f", "github", "--fail-on", "high", "--rule", "BEDROCK-001,KMS-007", file.toString());
        assertTrue(github.out().lines().filter(l -> l.contains("KMS-007")).allMatch(l -> l.startsWith("::warning ")),
                github.out());
        assertTrue(github.out().lines().filter(l -> l.contains("BEDROCK-001")).allMatch(l -> l.startsWith("::error ")),
                github.out());
        CliRun junit = CliRun.allRules("-f", "junit", "--fail-on", "high", "--rule", "BEDROCK-001,KMS-007", file.toString());
        assertTrue(junit.out().contains("below --fail-on high"), junit.out());
        assertTrue(junit.out().contains("name=\"BEDROCK-001: "), junit.out());
        CliRun text = CliRun.allRules("--fail-on", "high", "--rule", "BEDROCK-001,KMS-007", file.toString());
        assertTrue(text.out().contains("failed (2 at or above high)"), text.out());
    }

    @Test
    void theBaselineForgivesTodaysFindingsEvenAfterLinesShiftButNotNewOnes() throws IOException {
        Path file = write("t.yaml", TWO_AGENTS);
        Path baseline = dir.resolve("baseline.json");
        CliRun create = CliRun.of("--create-baseline", baseline.toString(), file.toString());
        assertEquals(ExitCode.FINDINGS, create.exitCode(), "creating a baseline still reports");
        assertEquals(ExitCode.OK, CliRun.of("--baseline", baseline.toString(), file.toString()).exitCode());

        Files.writeString(file, "# a new comment line\n\n" + TWO_AGENTS);
        assertEquals(ExitCode.OK, CliRun.of("--baseline", baseline.toString(), file.toString()).exitCode(),
                "fingerprints survive line shifts");

        Files.writeString(file, TWO_AGENTS + "  Another:\n    Type: AWS::Bedrock::Agent\n");
        CliRun withNew = CliRun.of("--format", "json", "--baseline", baseline.toString(), file.toString());
        assertEquals(ExitCode.FINDINGS, withNew.exitCode());
        long fresh = withNew.findings().stream().filter(f -> f.get("suppression") == null).count();
        assertEquals(1, fresh, "only the new agent fails");

        CliRun refreshed = CliRun.of("--baseline", baseline.toString(), "--create-baseline", baseline.toString(),
                file.toString());
        assertEquals(ExitCode.FINDINGS, refreshed.exitCode(), refreshed.out());
        assertEquals(ExitCode.OK, CliRun.of("--baseline", baseline.toString(), file.toString()).exitCode(),
                "a baseline refreshed in place keeps the old findings and adds the new one");
    }

    @Test
    void theConfigFileIsFoundAboveTheScannedPathAndApplied() throws IOException {
        write(".iac-lint.yaml", """
                fail-on: critical
                rules:
                  BEDROCK-001:
                    severity: medium
                exclude: ["**/generated/**"]
                ignore:
                  - rule: BEDROCK-001
                    paths: ["**/legacy/*.yaml"]
                    reason: legacy stacks are being retired
                """);
        write("stacks/legacy/old.yaml", TWO_AGENTS);
        write("stacks/generated/gen.yaml", TWO_AGENTS);
        write("stacks/new.yaml", TWO_AGENTS);
        CliRun run = CliRun.of("--format", "json", dir.resolve("stacks").toString());
        assertEquals(ExitCode.OK, run.exitCode(), "medium is below the configured fail-on critical: " + run.out());
        List<Map<?, ?>> findings = run.findings();
        assertEquals(4, findings.size(), "generated/ is excluded: " + findings);
        assertTrue(findings.stream().allMatch(f -> f.get("severity").equals("medium")));
        assertEquals(2, findings.stream().filter(f -> f.get("suppression") != null).count());
        assertEquals(ExitCode.FINDINGS, CliRun.of("--fail-on", "low", dir.resolve("stacks").toString()).exitCode(),
                "the command line wins over the file");
    }

    @Test
    void aDisabledRuleDoesNotRun() throws IOException {
        Path config = write("cfg.yaml", "rules:\n  BEDROCK-001:\n    enabled: false\n");
        Path file = write("t.yaml", TWO_AGENTS);
        CliRun run = CliRun.allRules("--config", config.toString(), file.toString());
        assertFalse(run.out().contains(" BEDROCK-001  "), run.out());
        assertTrue(run.out().contains("configuration " + config + ": disables BEDROCK-001\n"), "and says so: " + run.out());
        CliRun named = CliRun.allRules("--config", config.toString(), "--rule", "BEDROCK-001", file.toString());
        assertTrue(named.out().contains("BEDROCK-001"), "the command line wins: " + named.out());
        assertTrue(named.err().contains("--rule BEDROCK-001 runs a policy that " + config + " disables"), named.err());
    }

    @Test
    void aRuleIdInTheConfigurationThatNoPolicyHasStopsTheRunWithItsLine() throws IOException {
        Path config = write("cfg.yaml", "rules:\n  KMS-07:\n    enabled: false\n");
        Path file = write("t.yaml", TWO_AGENTS);
        CliRun run = CliRun.allRules("--config", config.toString(), file.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertEquals("", run.out(), "nothing is scanned");
        assertTrue(run.err().contains(config + ":2:3: no policy has the id 'KMS-07'; did you mean KMS-007?"), run.err());
    }

    @Test
    void anUnknownConfigKeyIsAnErrorThatNamesIt() throws IOException {
        Path config = write("cfg.yaml", "fail-on: high\nfial-on: low\n");
        Path file = write("t.yaml", UNKNOWN);
        CliRun run = CliRun.of("--config", config.toString(), file.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertEquals("", run.out(), "the error is not buried under findings: nothing is scanned");
        assertTrue(run.err().contains(config + ":2:1: unknown key 'fial-on' in configuration; did you mean fail-on?"),
                run.err());
    }

    @Test
    void policiesAndExplainDescribeThePolicySet() {
        CliRun list = CliRun.of("policies");
        assertEquals(ExitCode.OK, list.exitCode());
        assertTrue(list.out().contains("BEDROCK-001"), list.out());
        assertTrue(list.out().contains("cloudformation,terraform,terraform-plan"), list.out());
        CliRun json = CliRun.of("policies", "--format", "json");
        assertTrue(json.out().strip().startsWith("[") && json.out().contains("\"id\" : \"BEDROCK-001\""), json.out());
        CliRun explain = CliRun.of("explain", "BEDROCK-001");
        assertEquals(ExitCode.OK, explain.exitCode());
        assertTrue(explain.out().contains("Why") && explain.out().contains("How to fix")
                && explain.out().contains("cryptographic erasure"), explain.out());
        assertEquals(ExitCode.ERROR, CliRun.of("explain", "NOPE-1").exitCode());
    }
}
