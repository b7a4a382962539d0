package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report names the configuration file that applied and what it turned off, so that a
 * reviewer sees a pull request's .iac-lint.yaml disable a rule or exclude a folder.
 */
class AppliedConfigurationTest {

    private static final String FAILING = Agents.CLOUDFORMATION_MANAGED_KEY;

    @TempDir
    Path dir;

    private Path configured() throws IOException {
        TestFiles.write(dir, ".iac-lint.yaml", """
                rules:
                  BEDROCK-002: {enabled: false}
                  KMS-001: {enabled: false}
                exclude: ["generated/**"]
                """);
        TestFiles.write(dir, "generated/bad.yaml", FAILING);
        return TestFiles.write(dir, "bad.yaml", FAILING);
    }

    @Test
    void theTextReportNamesTheFileAndWhatItTurnedOffAfterTheSummary() throws IOException {
        configured();
        CliRun run = CliRun.allRules("--rule", "BEDROCK-001,BEDROCK-002", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        String summary = "1 failed, 0 unknown, 0 suppressed, 0 errors in 1 file scanned (1 skipped)\n";
        assertTrue(run.out().contains(summary + "configuration " + dir.resolve(".iac-lint.yaml")
                + ": disables KMS-001; excludes generated/**\n"), run.out());
        assertTrue(run.err().contains("--rule BEDROCK-002 runs a policy that"), "the command line wins: " + run.err());
    }

    @Test
    void jsonSarifAndJunitCarryItToo() throws IOException {
        configured();
        String file = dir.resolve(".iac-lint.yaml").toString();
        Map<String, Object> expected = Map.of("file", file, "disabledRules", List.of("BEDROCK-002", "KMS-001"),
                "exclude", List.of("generated/**"));

        assertEquals(expected, Json.parse(CliRun.of("-f", "json", dir.toString()).out()).get("configuration"));
        Map<?, ?> run = (Map<?, ?>) ((List<?>) Json.parse(CliRun.of("-f", "sarif", dir.toString()).out()).get("runs"))
                .get(0);
        assertEquals(expected, ((Map<?, ?>) run.get("properties")).get("configuration"));
        String junit = CliRun.of("-f", "junit", dir.toString()).out();
        assertTrue(junit.contains("<property name=\"iac-lint.configuration\" value=\"" + file + "\"/>"), junit);
        assertTrue(junit.contains("<property name=\"iac-lint.configuration.disabledRules\" value=\"BEDROCK-002,KMS-001\"/>"),
                junit);
        assertTrue(junit.contains("<property name=\"iac-lint.configuration.exclude\" value=\"generated/**\"/>"), junit);
    }

    @Test
    void withoutAConfigurationFileTheReportsSaySo() throws IOException {
        Path bad = configured();
        CliRun text = CliRun.of("--no-config", bad.toString());
        assertFalse(text.out().contains("configuration"), text.out());
        Map<String, Object> none = new java.util.HashMap<>();
        none.put("file", null);
        none.put("disabledRules", List.of());
        none.put("exclude", List.of());
        assertEquals(none, Json.parse(CliRun.of("--no-config", "-f", "json", bad.toString()).out()).get("configuration"));
    }
}
