package dev.iaclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.NpmTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SARIF, judged by Microsoft's SARIF validator with the SARIF and GitHub rule kinds: no error
 * and no warning on a log that holds failures, unknowns, suppressed findings and rules.
 */
class SarifValidationTest {

    @TempDir
    Path dir;

    @Test
    void theValidatorFindsNoErrorAndNoWarning() throws Exception {
        Path log = dir.resolve("iac-lint.sarif");
        // Names a URI must encode: a space, non-ASCII, '#' and '%', relative and absolute.
        Path relative = Path.of("target/sarif names/ağent é#x%41.yaml");
        Path absolute = dir.resolve("a b/ünïcode #1.yaml");
        for (Path file : List.of(relative, absolute)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n");
        }
        CliRun run = CliRun.of("-f", "sarif:" + log, "examples", "testdata", relative.toString(), absolute.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        Map<String, Object> sarif = Json.parse(Files.readString(log));
        List<?> results = (List<?>) ((Map<?, ?>) ((List<?>) sarif.get("runs")).get(0)).get("results");
        assertTrue(results.size() > 10, "a log with many results: " + results.size());

        List<String> complaints = validate(log);
        assertEquals(List.of(), complaints);
    }

    @Test
    void theValidatorDoesCatchABrokenLog() throws Exception {
        Path log = dir.resolve("broken.sarif");
        Files.writeString(log, "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": "
                + "[{\"message\": {\"text\": \"x\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
                + "{\"uri\": \"a.yaml\"}}}]}]}]}");
        assertTrue(validate(log).size() >= 1, "a log with no driver name and no rule id must be refused");
    }

    /** The validator's error and warning results on {@code log}, one line each. */
    private List<String> validate(Path log) throws IOException, InterruptedException {
        Path output = dir.resolve("validation-" + log.getFileName());
        ProcessBuilder validator = new ProcessBuilder(NpmTools.sarifMultitool().toString(), "validate",
                "--rule-kind", "Sarif;Gh", "--level", "Error;Warning",
                "--config", Path.of("src/test/npm/sarif-validator.xml").toAbsolutePath().toString(),
                "--log", "ForceOverwrite", "--output", output.toString(), log.toString())
                .redirectErrorStream(true);
        validator.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        validator.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Process process = validator.start();
        String console = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        assertTrue(Files.exists(output), "the validator wrote no output:\n" + console);
        Map<String, Object> report = Json.parse(Files.readString(output));
        List<String> complaints = new ArrayList<>();
        for (Object result : (List<?>) ((Map<?, ?>) ((List<?>) report.get("runs")).get(0)).get("results")) {
            Map<?, ?> r = (Map<?, ?>) result;
            Map<?, ?> message = (Map<?, ?>) r.get("message");
            complaints.add(r.get("ruleId") + " " + r.get("level") + ": "
                    + (message.get("text") != null ? message.get("text") : message.get("arguments")));
        }
        return complaints;
    }
}
