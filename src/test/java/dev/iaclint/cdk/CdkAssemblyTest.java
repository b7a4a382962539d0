package dev.iaclint.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.NpmTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real CDK app (src/test/cdk/app.js: a stack and the same stack in a stage, each with a nested
 * stack) synthesized with aws-cdk-lib from npm, then scanned as a CDK user scans the project
 * after {@code cdk synth}.
 */
class CdkAssemblyTest {

    @TempDir
    static Path project;

    private static final String TEMPLATE_LIKE = "{\"Resources\": {\"A\": {\"Type\": \"AWS::Bedrock::Agent\"}}}";

    @BeforeAll
    static void synth() throws IOException, InterruptedException {
        Files.writeString(project.resolve("cdk.json"), "{\"app\": \"node app.js\"}");
        Files.writeString(project.resolve("package.json"), "{\"name\": \"assistant\", \"dependencies\": {}}");
        Path out = project.resolve("cdk.out");
        ProcessBuilder node = new ProcessBuilder("node", Path.of("src/test/cdk/app.js").toAbsolutePath().toString())
                .redirectErrorStream(true);
        node.environment().put("CDK_OUTDIR", out.toString());
        node.environment().put("NODE_PATH", NpmTools.ROOT.toAbsolutePath().toString());
        Process process = node.start();
        String printed = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "cdk synth did not finish");
        assertEquals(0, process.exitValue(), "the CDK app failed (run mvn -B test, which installs aws-cdk-lib): " + printed);
        // An asset folder, as a Lambda function's code makes one: not infrastructure code, even when it looks like it.
        Files.createDirectories(out.resolve("asset.0123abcd"));
        Files.writeString(out.resolve("asset.0123abcd/fixture.json"), TEMPLATE_LIKE);
    }

    private static List<Map<?, ?>> failing(CliRun run) {
        return run.findings().stream().filter(f -> "fail".equals(f.get("status")) && f.get("suppression") == null).toList();
    }

    @Test
    void theProjectFolderReportsEveryStackNestedStackAndStageWithConstructPaths() {
        CliRun run = CliRun.of("--rule", "BEDROCK-001,BEDROCK-006", "--format", "json", project.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        Set<String> failures = failing(run).stream()
                .map(f -> f.get("ruleId") + " " + f.get("stack") + " " + f.get("constructPath"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "BEDROCK-001 Assistant Assistant/PlainAgent",
                "BEDROCK-006 Assistant Assistant/Safety/Guardrail",
                "BEDROCK-001 Prod/Assistant Prod/Assistant/PlainAgent",
                "BEDROCK-006 Prod/Assistant Prod/Assistant/Safety/Guardrail"), failures, run.out());
        Map<?, ?> summary = (Map<?, ?>) Json.parse(run.out()).get("summary");
        assertEquals(4, ((Number) summary.get("filesScanned")).intValue(),
                "two stack templates and two nested ones; not the manifest, tree.json, asset manifests or assets");
        assertEquals(0, ((Number) summary.get("errors")).intValue(), run.out());
    }

    @Test
    void theKeyedAgentPassesAndTheSuppressionWrittenInTheAppHolds() {
        CliRun run = CliRun.of("--format", "json", project.resolve("cdk.out").toString());
        List<Map<?, ?>> findings = run.findings();
        assertTrue(findings.stream().noneMatch(f -> String.valueOf(f.get("constructPath")).endsWith("KeyedAgent")),
                run.out());
        Map<?, ?> agents = (Map<?, ?>) ((List<?>) Json.parse(run.out()).get("coverage")).get(0);
        assertEquals(2, ((Number) agents.get("customerManaged")).intValue(), "the keyed agent of each stage passes");
        Map<?, ?> sandbox = findings.stream().filter(f -> "Assistant/SandboxAgent".equals(f.get("constructPath")))
                .findFirst().orElseThrow(() -> new AssertionError(run.out()));
        assertEquals("sandbox account, no customer data", ((Map<?, ?>) sandbox.get("suppression")).get("reason"));
    }

    @Test
    void theTextReportNamesTheStackWithTheFileAndTheConstructUnderTheFinding() {
        CliRun run = CliRun.of(project.toString());
        assertTrue(run.out().contains("cdk.out/Assistant.template.json (stack Assistant)")
                || run.out().contains("Assistant.template.json (stack Assistant)"), run.out());
        assertTrue(run.out().contains("construct: Assistant/PlainAgent"), run.out());
    }

    @Test
    void sarifCarriesTheConstructPath() {
        CliRun run = CliRun.of("--format", "sarif", project.toString());
        assertTrue(run.out().contains("\"constructPath\" : \"Prod/Assistant/PlainAgent\"")
                || run.out().contains("\"constructPath\":\"Prod/Assistant/PlainAgent\""), run.out());
    }

    @Test
    void withoutAManifestCdkOutIsStillSkipped(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("cdk.out"));
        Files.writeString(other.resolve("cdk.out/Stack.template.json"), TEMPLATE_LIKE);
        CliRun run = CliRun.of("--format", "json", other.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertEquals(0, ((Number) ((Map<?, ?>) Json.parse(run.out()).get("summary")).get("filesScanned")).intValue());
    }
}
