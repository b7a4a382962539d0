package dev.iaclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: JUnit and SARIF stay well-formed whatever names and values a scanned file holds. */
class HostileReportsTest {

    @TempDir
    Path dir;

    @Test
    void relativeUrisArePercentEncoded() {
        assertEquals("x%23frag.yaml", SarifRenderer.relativeUri("x#frag.yaml"));
        assertEquals("p%2541.yaml", SarifRenderer.relativeUri("p%41.yaml"));
        assertEquals("dir/a%20b.yaml", SarifRenderer.relativeUri("dir/a b.yaml"));
        assertEquals("%C3%A9.yaml", SarifRenderer.relativeUri("é.yaml"));
        assertEquals("é.yaml", URI.create(SarifRenderer.relativeUri("é.yaml")).getPath());
    }

    @Test
    void absoluteUrisPointAtTheFileItself() throws Exception {
        Path file = dir.resolve("x#frag p%41 é.yaml");
        Files.writeString(file, "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n");
        Path log = dir.resolve("log.sarif");
        CliRun.of("-f", "sarif:" + log, file.toString());
        Map<String, Object> sarif = Json.parse(Files.readString(log));
        Map<?, ?> result = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) sarif.get("runs")).get(0)).get("results")).get(0);
        String uri = (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) result.get("locations")).get(0))
                .get("physicalLocation")).get("artifactLocation")).get("uri");
        assertTrue(uri.chars().allMatch(c -> c > 0x20 && c < 0x7F), uri);
        assertEquals(file.toRealPath(), Path.of(URI.create(uri)).toRealPath(), uri);
    }

    @Test
    void echoedValuesAreTruncated() throws Exception {
        Path file = dir.resolve("agents.yaml");
        Files.writeString(file, "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      CustomerEncryptionKeyArn: alias/aws/" + "x".repeat(1 << 20) + "\n");
        CliRun run = CliRun.of("-f", "json", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        String message = (String) run.findings().get(0).get("message");
        assertTrue(message.length() < 1000 && message.contains("more characters"), message);
        assertTrue(run.out().length() < 20_000, "the report does not carry the value: " + run.out().length());
    }

    @Test
    void junitParsesWhateverTheNamesHold() throws Exception {
        Path file = dir.resolve("agents.yaml");
        Files.writeString(file, """
                Resources:
                  "Agent\\x01\\x08\\x1b\\uFFFE\\x7f":
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: "alias/aws/bedrock\\x0b"
                """);
        List<String> outputs = new ArrayList<>();
        for (String format : List.of("junit")) {
            Path out = dir.resolve("report." + format);
            CliRun run = CliRun.of("-f", format + ":" + out, file.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            outputs.add(Files.readString(out));
        }
        for (String xml : outputs) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertTrue(xml.contains("Agent\\x01\\x08"), xml);
        }
    }
}
