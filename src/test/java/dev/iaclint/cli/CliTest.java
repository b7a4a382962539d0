package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and CI meet it: exit codes, report shapes, errors that never stop the scan. */
class CliTest {

    private static final String FAILING = Agents.CLOUDFORMATION_MANAGED_KEY;
    private static final String PASSING = """
            Resources:
              Key:
                {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}
              Agent:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: !GetAtt Key.Arn
            """;
    private static final String UNKNOWN = Agents.CLOUDFORMATION_UNKNOWN_KEY;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }

    @Test
    void scanIsAnExplicitSubcommandAndBarePathsStillScan() throws IOException {
        Path file = write("bad.yaml", FAILING);
        CliRun explicit = CliRun.allRules("scan", "--rule", "BEDROCK-001", "-f", "json", file.toString());
        CliRun bare = CliRun.allRules("--rule", "BEDROCK-001", "-f", "json", file.toString());
        assertEquals(1, explicit.exitCode(), explicit.err());
        assertEquals(bare.out(), explicit.out());
        assertEquals(1, explicit.findings().size());
    }

    @Test
    void theNamesThatTellARunItNeedsTheWholeCommandLineAreItsSubcommands() {
        assertEquals(Main.SUBCOMMANDS,
                List.copyOf(Main.commands(new ScanCommand(), new ScanCommand()).getSubcommands().keySet()));
    }

    @Test
    void aCommandNameThatIsAlsoAPathHereRunsTheCommandAndSaysHowToScanThePath() {
        // The project root, the tests' working directory, has a folder called policies.
        CliRun run = CliRun.allRules("policies");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("BEDROCK-001"), run.out());
        assertTrue(run.err().contains("'policies' is a command and also a path here"), run.err());
        assertTrue(run.err().contains("iac-lint scan policies"), run.err());
        assertEquals("", CliRun.allRules("explain", "BEDROCK-001").err(), "no note when no such path exists");
    }

    @Test
    void settingsThatCannotBeRightStopTheRunBeforeAnyScanAndNameTheOption() throws IOException {
        Path file = write("bad.yaml", FAILING);
        String missing = dir.resolve("nope").toString();
        for (List<String> args : List.of(List.of("--config", missing + ".yaml"), List.of("--baseline", missing + ".json"),
                List.of("--var-file", missing + ".tfvars"), List.of("--policy-dir", missing))) {
            List<String> all = new ArrayList<>(args);
            all.add(file.toString());
            CliRun run = CliRun.allRules(all.toArray(String[]::new));
            assertEquals(ExitCode.ERROR, run.exitCode(), args.toString());
            assertEquals("", run.out(), "nothing is scanned: " + args);
            assertTrue(run.err().contains(args.get(0) + " " + args.get(1) + ": no such"), run.err());
        }
        assertTrue(CliRun.allRules("--threads", "0", file.toString()).err().contains("--threads 0: give at least 1"));
        assertTrue(CliRun.allRules("--region", "europe", file.toString()).err().contains("--region europe: not an AWS Region"));
        assertEquals(ExitCode.FINDINGS, CliRun.allRules("--region", "us-gov-west-1", file.toString()).exitCode());
    }

    @Test
    void reportsThatWouldCollideAreRefused() throws IOException {
        Path file = write("bad.yaml", FAILING);
        CliRun twoOnStandardOutput = CliRun.allRules("-f", "json", "-f", "sarif", file.toString());
        assertEquals(ExitCode.ERROR, twoOnStandardOutput.exitCode());
        assertTrue(twoOnStandardOutput.err().contains("-f json, -f sarif would all print on standard output"),
                twoOnStandardOutput.err());
        String out = dir.resolve("report.txt").toString();
        CliRun twoInOneFile = CliRun.allRules("-f", "json", "-f", "sarif", "-o", out, file.toString());
        assertTrue(twoInOneFile.err().contains("-f json and -f sarif would both write " + out), twoInOneFile.err());
        CliRun checkovHabit = CliRun.allRules("-o", "json", file.toString());
        assertEquals(ExitCode.ERROR, checkovHabit.exitCode());
        assertTrue(checkovHabit.err().contains("for that format use -f json"), checkovHabit.err());
        assertEquals(ExitCode.FINDINGS, CliRun.allRules("-f", "text", "-f", "json:" + out, file.toString()).exitCode());
    }

    @Test
    void aScanThatFindsNothingToScanSaysSo() throws IOException {
        write("docs/readme.md", "# not infrastructure\n");
        CliRun run = CliRun.allRules(dir.resolve("docs").toString());
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.err().contains("warning: no CloudFormation template, Terraform module, plan or CDK assembly found"),
                run.err());
    }

    @Test
    void aFolderNamedThroughASymbolicLinkIsScanned() throws IOException {
        Path file = write("real/bad.yaml", FAILING);
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        CliRun run = CliRun.allRules("--format", "json", "--rule", "BEDROCK-001", link.toString());
        assertEquals(1, run.findings().size(), run.out() + run.err());
        assertEquals(link.resolve("bad.yaml").toString(), run.findings().get(0).get("file"), "the name the user gave");
        assertTrue(Files.exists(file));
    }

    @Test
    void aTemplateIsKnownByWhatItSaysNotByHowItIsSpelled() throws IOException {
        // The same keys written with escapes: JSON \u0052esources, YAML "\x52esources".
        write("escaped.json", "{\"\\u0052esources\": {\"A\": {\"Type\": \"AWS::Bedrock::\\u0041gent\"}}}");
        write("escaped.yaml", "\"\\x52esources\":\n  A:\n    Type: \"AWS::Bedrock::\\x41gent\"\n");
        // A template that mentions a plan's keys is still a template.
        write("mentions.yaml", "Metadata:\n  note: format_version planned_values\nResources:\n  A:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.allRules("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(List.of("escaped.json", "escaped.yaml", "mentions.yaml"), run.findings().stream()
                .map(f -> Path.of((String) f.get("file")).getFileName().toString()).sorted().toList(), run.out());
    }

    @Test
    void aDashReadsOneTemplateFromStandardInputUnderTheNameGiven() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(FAILING.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("--format", "json", "--stdin-filename", "stacks/agent.yaml", "-");
            assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
            assertEquals("stacks/agent.yaml", run.findings().get(0).get("file"));
            assertEquals(ExitCode.ERROR, CliRun.of("-", ".").exitCode(), "standard input goes alone");
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void afterDoubleDashAFileNamedLikeAnOptionIsAFile() {
        CliRun asOption = CliRun.of("--var-file=nope.tfvars");
        assertTrue(asOption.err().contains("--var-file nope.tfvars: no such file"), asOption.err());
        CliRun asFile = CliRun.of("--", "--var-file=nope.tfvars");
        assertEquals("", asFile.err(), "not read as an option");
        assertTrue(asFile.out().contains("--var-file=nope.tfvars:1:1: no such file or directory"), asFile.out());
    }

    @Test
    void exitsZeroWhenNothingFails() throws IOException {
        write("ok.yaml", PASSING);
        CliRun run = run(dir.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains("0 failed, 0 unknown, 0 suppressed, 0 errors in 1 file scanned"), run.out());
    }

    @Test
    void exitsOneOnAFailingFindingAndTellsWhereAndHowToFix() throws IOException {
        Path file = write("agent.yaml", FAILING);
        CliRun run = run(file.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        assertTrue(run.out().contains("5:33  HIGH     fail    BEDROCK-001"), run.out());
        assertTrue(run.out().contains("AWS-managed key alias/aws/bedrock"), run.out());
        assertTrue(run.out().contains("fix: Set CustomerEncryptionKeyArn"), run.out());
    }

    @Test
    void unknownFindingsDoNotFailTheRun() throws IOException {
        write("unknown.yaml", UNKNOWN);
        CliRun run = run(dir.toString());
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("unknown BEDROCK-001"), run.out());
        assertTrue(run.out().contains("parameter KeyArn, which has no default"), run.out());
    }

    @Test
    void ruleAndSkipRuleChooseThePoliciesThatRun() throws IOException {
        write("bad.yaml", FAILING);
        CliRun all = CliRun.allRules("--format", "json", dir.toString());
        assertTrue(all.findings().stream().anyMatch(f -> f.get("ruleId").equals("KMS-007")), all.out());
        CliRun only = CliRun.allRules("--format", "json", "--rule", "KMS-007,KMS-001", dir.toString());
        assertEquals(List.of("KMS-007"), only.findings().stream().map(f -> f.get("ruleId")).distinct().toList());
        CliRun skipped = CliRun.allRules("--skip-rule", "BEDROCK-001", "--skip-rule", "KMS-007", dir.toString());
        assertEquals(ExitCode.OK, skipped.exitCode(), skipped.out());
        CliRun typo = CliRun.allRules("--rule", "BEDROK-001", dir.toString());
        assertEquals(ExitCode.ERROR, typo.exitCode());
        assertEquals("", typo.out(), "nothing is scanned");
        assertTrue(typo.err().contains("--rule BEDROK-001: no policy has this id; did you mean BEDROCK-001?"), typo.err());
        CliRun lowerCase = CliRun.allRules("--format", "json", "--rule", "kms-007", dir.toString());
        assertEquals(List.of("KMS-007"), lowerCase.findings().stream().map(f -> f.get("ruleId")).distinct().toList(),
                "ids are matched without case, as explain matches them");
        CliRun both = CliRun.allRules("--rule", "KMS-007", "--skip-rule", "kms-007", dir.toString());
        assertEquals(ExitCode.ERROR, both.exitCode());
        assertTrue(both.err().contains("--rule KMS-007 and --skip-rule KMS-007 contradict each other"), both.err());
    }

    @Test
    void regionTellsWhereCloudFormationDeploys() throws IOException {
        write("t.yaml", """
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
                """);
        assertEquals(ExitCode.OK, CliRun.allRules("--rule", "KMS-009", dir.toString()).exitCode(),
                "without a Region the check has nothing to compare");
        CliRun other = CliRun.allRules("--rule", "KMS-009", "--region", "eu-west-1", dir.toString());
        assertEquals(ExitCode.FINDINGS, other.exitCode());
        assertTrue(other.out().contains("Agent deploys to eu-west-1 but names a key in us-east-1"), other.out());
        assertEquals(ExitCode.OK, CliRun.allRules("--rule", "KMS-009", "--region", "us-east-1", dir.toString()).exitCode());
    }

    @Test
    void exitsTwoOnAnUnreadableTemplateButStillScansTheOthers() throws IOException {
        write("a-broken.yaml", "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties: [unclosed\n");
        write("b-agent.yaml", FAILING);
        CliRun run = run("--format", "json", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<String, Object> report = Json.parse(run.out());
        List<?> findings = (List<?>) report.get("findings");
        assertEquals(1, findings.size(), "the readable file is still scanned");
        List<?> errors = (List<?>) report.get("errors");
        assertEquals(1, errors.size());
        Map<?, ?> error = (Map<?, ?>) errors.get(0);
        assertTrue(((String) error.get("file")).endsWith("a-broken.yaml"));
        assertTrue((Integer) error.get("line") >= 4, "line of the syntax error: " + error);
        assertTrue(((String) error.get("message")).startsWith("invalid YAML"), error.toString());
        assertFalse(run.out().contains("Exception") || run.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void theJsonReportHasTheDocumentedShape() throws IOException {
        write("agent.yaml", FAILING);
        Path report = dir.resolve("out/report.json");
        CliRun run = run("--format", "json", "--output", report.toString(), dir.resolve("agent.yaml").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        assertEquals("", run.out(), "the report goes to the file only");
        Map<String, Object> json = Json.parse(Files.readString(report));
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) json.get("findings")).get(0);
        assertEquals("BEDROCK-001", finding.get("ruleId"));
        assertEquals("Bedrock agent session data is encrypted with a customer-managed KMS key", finding.get("title"));
        assertEquals("high", finding.get("severity"));
        assertEquals("fail", finding.get("status"));
        assertEquals("Agent", finding.get("resource"));
        assertEquals("AWS::Bedrock::Agent", finding.get("resourceType"));
        assertTrue(((String) finding.get("file")).endsWith("agent.yaml"));
        assertEquals(5, finding.get("line"));
        assertEquals(33, finding.get("column"));
        assertTrue(((String) finding.get("message")).contains("Bedrock agent Agent"));
        Map<?, ?> summary = (Map<?, ?>) json.get("summary");
        assertEquals(1, summary.get("filesScanned"));
        assertEquals(1, summary.get("failed"));
        assertEquals(0, summary.get("unknown"));
        assertEquals(0, summary.get("errors"));
        assertEquals(List.of(), json.get("errors"));
    }

    @Test
    void filesAreNamedRelativeToTheWorkingDirectory() {
        CliRun run = run("--format", "json", "examples/cloudformation/bedrock-agent.yaml");
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("findings")).get(0);
        assertEquals("examples/cloudformation/bedrock-agent.yaml", finding.get("file"));
    }

    @Test
    void verboseListsSkippedFilesAndWhy() throws IOException {
        write("package.json", "{\"name\": \"app\"}");
        write("k8s.yaml", "apiVersion: v1\nkind: Pod\nResources:\n  limits: {}\n# AWS::\n");
        CliRun run = run("--verbose", dir.toString());
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("package.json: not a CloudFormation template"), run.out());
        assertTrue(run.out().contains("k8s.yaml: not a CloudFormation template"), run.out());
    }

    @Test
    void wrongCommandLinesExitTwo() {
        CliRun unknownOption = run("--no-such-option");
        assertEquals(ExitCode.ERROR, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("--no-such-option"), unknownOption.err());
        CliRun badFormat = run("--format", "xml", ".");
        assertEquals(ExitCode.ERROR, badFormat.exitCode());
        CliRun missing = run(dir.resolve("nope").toString());
        assertEquals(ExitCode.ERROR, missing.exitCode());
        assertTrue(missing.out().contains("no such file or directory"), missing.out());
    }

    @Test
    void anInvalidPolicyExitsTwoAndNamesItsFile() throws IOException {
        Path policies = dir.resolve("policies");
        Path bad = write("policies/bad.yaml", "id: BAD-1\ntitle: t\nseverity: low\nkinds: [bedrock.agent]\n"
                + "assert: \"''.getClass() == null\"\nmessage: m\n");
        write("templates/agent.yaml", PASSING);
        CliRun run = run("--policy-dir", policies.toString(), dir.resolve("templates").toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertTrue(run.out().contains(bad + ":5:"), run.out());
    }

    @Test
    void anUnknownFindingSaysItsUnknownMessageAndAFailureItsMessage() throws IOException {
        write("policies/key.yaml", """
                id: KEY-1
                title: t
                severity: low
                kinds: [bedrock.agent]
                let: {key: "kms:key('encryptionKey')"}
                assert: key.customerManaged
                unknown: key.unknown
                message: fails with ${key.description}
                unknownMessage: not known here, ${key.description}
                """);
        write("templates/unknown.yaml", UNKNOWN);
        write("templates/failing.yaml", FAILING);
        CliRun run = run("--format", "json", "--policy-dir", dir.resolve("policies").toString(), "--rule", "KEY-1",
                dir.resolve("templates").toString());
        List<String> messages = run.findings().stream().map(f -> (String) f.get("message")).sorted().toList();
        assertEquals(2, messages.size(), run.out());
        assertTrue(messages.get(0).startsWith("fails with "), messages.toString());
        assertTrue(messages.get(1).startsWith("not known here, "), messages.toString());
    }

    @Test
    void aPolicyThatReachesForAClassIsStoppedAtEvaluation() throws IOException {
        write("policies/peek.yaml", "id: PEEK-1\ntitle: t\nseverity: low\nkinds: [bedrock.agent]\n"
                + "assert: \"resource.address.class.name == 'java.lang.String'\"\nmessage: m\n");
        write("templates/agent.yaml", PASSING);
        CliRun run = run("--format", "json", "--policy-dir", dir.resolve("policies").toString(),
                dir.resolve("templates").toString());
        assertEquals(ExitCode.ERROR, run.exitCode());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("errors")).get(0);
        assertTrue(((String) error.get("file")).endsWith("peek.yaml"));
        assertEquals(5, error.get("line"));
        assertTrue(((String) error.get("message")).contains("undefined property 'class'"), error.toString());
    }

    @Test
    void versionAndHelp() {
        CliRun version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("iac-lint "), version.out());
        CliRun help = run("--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--format", "--output", "--policy-dir", "--verbose", "--threads", "--debug")) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
        assertTrue(help.out().contains("Exit codes:"), help.out());
        // A run that names no command builds only the top command; its help still lists them all.
        for (CliRun withCommands : List.of(help, run("x.yaml", "--help"), run("-qh"))) {
            assertEquals(0, withCommands.exitCode(), withCommands.err());
            assertTrue(withCommands.out().contains("Commands:") && withCommands.out().contains("generate-completion"),
                    withCommands.out());
        }
        assertEquals(help.out(), run("x.yaml", "--help").out());
        CliRun completion = run("generate-completion");
        assertEquals(0, completion.exitCode());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("--fail-on"),
                "a bash completion script that knows the options");
    }
}
