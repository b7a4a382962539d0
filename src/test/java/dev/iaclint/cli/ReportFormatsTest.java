package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The content of each report format, read back as a consumer would. */
class ReportFormatsTest {

    private static final String TEMPLATE = """
            Resources:
              Key:
                {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}
              Good:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: !GetAtt Key.Arn
              Managed:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: alias/aws/bedrock
              Waived:  # iac-lint:ignore BEDROCK-001 demo, no data
                Type: AWS::Bedrock::Agent
            """;

    @TempDir
    Path dir;

    private Path template() throws IOException {
        Path file = dir.resolve("agents.yaml");
        Files.writeString(file, TEMPLATE);
        return file;
    }

    @Test
    void oneRunWritesSeveralReports() throws IOException {
        Path file = template();
        Path sarif = dir.resolve("out/results.sarif");
        Path junit = dir.resolve("out/junit.xml");
        CliRun run = CliRun.of("-f", "text", "-f", "sarif:" + sarif, "--format", "junit:" + junit, file.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        assertTrue(run.out().contains("BEDROCK-001"), "text on standard output: " + run.out());
        assertTrue(Files.readString(sarif).contains("\"version\" : \"2.1.0\""));
        assertTrue(Files.readString(junit).startsWith("<?xml"));
        assertEquals(ExitCode.ERROR, CliRun.of("-f", "xml", file.toString()).exitCode());
    }

    @Test
    void sarifCarriesRulesResultsFingerprintsAndSuppressions() throws IOException {
        template();
        Path sarif = dir.resolve("results.sarif");
        CliRun run = CliRun.of("-f", "sarif:" + sarif, "examples/cloudformation/bedrock-agent.yaml", template().toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        Map<String, Object> log = Json.parse(Files.readString(sarif));
        assertEquals("2.1.0", log.get("version"));
        Map<?, ?> runs = (Map<?, ?>) ((List<?>) log.get("runs")).get(0);
        Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) runs.get("tool")).get("driver");
        assertEquals("iac-lint", driver.get("name"));
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) driver.get("rules")).get(0);
        assertEquals("BEDROCK-001", rule.get("id"));
        assertNotNull(((Map<?, ?>) rule.get("shortDescription")).get("text"));
        assertNotNull(((Map<?, ?>) rule.get("fullDescription")).get("text"));
        assertTrue(((String) ((Map<?, ?>) rule.get("help")).get("markdown")).contains("### Remediation"));
        Map<?, ?> properties = (Map<?, ?>) rule.get("properties");
        assertEquals("8.0", properties.get("security-severity"));
        assertTrue(((List<?>) properties.get("tags")).contains("security"));
        assertEquals("iac-lint/", ((Map<?, ?>) runs.get("automationDetails")).get("id"));

        List<?> results = (List<?>) runs.get("results");
        assertEquals(4, results.size(), "two in the example, two in the temp template (one suppressed)");
        // Files come in name order: the absolute temp path, then examples/.
        Map<?, ?> first = (Map<?, ?>) results.get(2);
        assertEquals("BEDROCK-001", first.get("ruleId"));
        assertEquals(0, first.get("ruleIndex"));
        assertEquals("error", first.get("level"));
        Map<?, ?> physical = (Map<?, ?>) ((Map<?, ?>) ((List<?>) first.get("locations")).get(0)).get("physicalLocation");
        Map<?, ?> artifact = (Map<?, ?>) physical.get("artifactLocation");
        assertEquals("examples/cloudformation/bedrock-agent.yaml", artifact.get("uri"));
        assertEquals("%SRCROOT%", artifact.get("uriBaseId"));
        Map<?, ?> region = (Map<?, ?>) physical.get("region");
        assertEquals(23, region.get("startLine"));
        assertEquals(3, region.get("startColumn"));
        String fingerprint = (String) ((Map<?, ?>) first.get("partialFingerprints")).get("iacLint/v1");
        assertEquals(32, fingerprint.length());

        Map<?, ?> waived = (Map<?, ?>) results.get(1);
        Map<?, ?> waivedArtifact = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) waived.get("locations")).get(0))
                .get("physicalLocation")).get("artifactLocation");
        assertTrue(((String) waivedArtifact.get("uri")).startsWith("file:///"), "a file outside the working "
                + "directory gets an absolute URI: " + waivedArtifact);
        Map<?, ?> suppression = (Map<?, ?>) ((List<?>) waived.get("suppressions")).get(0);
        assertEquals("inSource", suppression.get("kind"));
        assertEquals("demo, no data", suppression.get("justification"));
    }

    @Test
    void junitHasACasePerRuleAndResourceWithFailuresThatSayWhere() throws Exception {
        Path junit = dir.resolve("junit.xml");
        CliRun run = CliRun.of("-f", "junit:" + junit, template().toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("3", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("1", suites.getAttribute("skipped"));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element managed = (Element) cases.item(1);
        assertTrue(managed.getAttribute("name").endsWith("agents.yaml: Managed"), managed.getAttribute("name"));
        Element failure = (Element) managed.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("AWS-managed key alias/aws/bedrock"));
        assertTrue(failure.getTextContent().contains("agents.yaml:11:33"), failure.getTextContent());
        Element waived = (Element) cases.item(2);
        assertTrue(((Element) waived.getElementsByTagName("skipped").item(0)).getAttribute("message")
                .contains("demo, no data"));
    }

    @Test
    void githubAnnotationsAreWorkflowCommands() throws IOException {
        Path file = template();
        CliRun run = CliRun.of("-f", "github", file.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), "suppressed findings are not annotated: " + run.out());
        String expected = "::error file=" + file.toString().replace(":", "%3A").replace(",", "%2C")
                + ",line=11,col=33,endLine=11,endColumn=50,title=BEDROCK-001 Bedrock agent session data is "
                + "encrypted with a customer-managed KMS key::Bedrock agent Managed encrypts its session data with "
                + "the AWS-managed key alias/aws/bedrock.";
        assertEquals(expected, lines.get(0));
    }

    @Test
    void gitlabCodeQualityListsTheUnsuppressedFindingsWithGitlabsSeverities() throws IOException {
        Path file = template();
        CliRun run = CliRun.of("-f", "gitlab", file.toString());
        List<?> issues = Json.parseArray(run.out());
        assertEquals(1, issues.size(), "suppressed findings are not issues: " + run.out());
        Map<?, ?> issue = (Map<?, ?>) issues.get(0);
        assertEquals("BEDROCK-001", issue.get("check_name"));
        assertEquals("critical", issue.get("severity"), "high is GitLab's critical");
        assertEquals(Map.of("path", file.toString(), "lines", Map.of("begin", 11)), issue.get("location"));
        assertEquals(32, ((String) issue.get("fingerprint")).length());
        assertEquals(run.out(), CliRun.of("-f", "gitlab", file.toString()).out(), "the same fingerprint on every run");
    }

    @Test
    void reportsAreByteIdenticalAcrossRuns() throws IOException {
        Path file = template();
        for (String format : List.of("json", "sarif", "junit", "github", "gitlab", "text")) {
            String first = CliRun.of("-f", format, "--threads", "2", file.toString(), "examples").out();
            String second = CliRun.of("-f", format, "--threads", "2", file.toString(), "examples").out();
            assertEquals(first, second, format);
            assertFalse(first.isEmpty());
        }
    }
}
