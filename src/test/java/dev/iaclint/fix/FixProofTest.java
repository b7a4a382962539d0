package dev.iaclint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.iaclint.support.HclOracle;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The proof of each fix, per rule and format: on a copy of each case folder under
 * {@code src/test/resources/dev/iaclint/fix/}, the fix of the rule the case is named after (a) leaves no failing finding it fixed and
 * no failing finding that was not there before when iac-lint scans again, (b) gives files that
 * SnakeYAML, Jackson and HashiCorp's HCL parser read, and (c) is the diff stored beside the case
 * ({@code expected.diff}; {@code -Dupdate-fixes=true} rewrites it).
 */
class FixProofTest {

    private static final Path CASES = Path.of("src/test/resources/dev/iaclint/fix");
    private static final String GOLDEN = "expected.diff";

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFixRemovesItsFindingsParsesAndMatchesItsDiff(Path source, @TempDir Path temp) throws Exception {
        Path copy = copy(source, temp.resolve(source.getFileName().toString()));
        Remediation.Plan plan = FixHarness.plan(copy, rulesOf(source));
        assertFalse(plan.fixes().isEmpty(), "the case has something to fix");
        assertEquals(List.of(), plan.unfixable().stream().map(u -> FixHarness.key(u.finding()) + ": " + u.reason()).toList());

        // (c) the diff is the one reviewed and stored beside the case
        String diff = FixHarness.diff(plan);
        Path golden = source.resolve(GOLDEN);
        if (Boolean.getBoolean("update-fixes") || !Files.exists(golden)) {
            Files.writeString(golden, diff, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), diff);

        // (a) scanned again: what was fixed is gone, and nothing fails that did not fail before
        FixHarness.write(copy, plan);
        Set<String> before = keys(plan.failing());
        Set<String> fixed = keys(plan.fixes().stream().map(Fix::finding).toList());
        Set<String> after = keys(FixHarness.plan(copy, Set.of()).failing());
        Set<String> stillFailing = new TreeSet<>(fixed);
        stillFailing.retainAll(after);
        assertEquals(Set.of(), stillFailing, "fixed findings that still fail");
        Set<String> introduced = new TreeSet<>(after);
        introduced.removeAll(before);
        assertEquals(Set.of(), introduced, "failing findings the fix introduced");

        // (b) the files parse with the formats' own parsers
        List<Path> terraform = new ArrayList<>();
        for (String file : plan.fixed().keySet()) {
            Path path = copy.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (file.endsWith(".tf")) {
                terraform.add(path);
            } else if (file.endsWith(".json")) {
                try (JsonParser parser = new JsonFactory().createParser(text)) {
                    while (parser.nextToken() != null) {
                        // reading every token is the check
                    }
                }
            } else {
                assertNotNull(new Yaml().compose(new StringReader(text)), file);
            }
        }
        if (!terraform.isEmpty()) {
            Map<String, Object> verdicts = HclOracle.parse(terraform);
            for (Path file : terraform) {
                Map<?, ?> verdict = (Map<?, ?>) verdicts.get(file.toString());
                assertTrue(verdict.containsKey("ok"), file + " is rejected by HashiCorp's parser: " + verdict);
            }
        }
    }

    /** A case proves the rule it is named after ({@code kms-001-yaml}); a {@code bedrock-} case the key rules. */
    private static Set<String> rulesOf(Path source) {
        String name = source.getFileName().toString();
        if (name.startsWith("bedrock-")) {
            Set<String> rules = new TreeSet<>();
            for (int id = 1; id <= 17; id++) {
                rules.add(String.format("BEDROCK-%03d", id));
            }
            return rules;
        }
        return Set.of(name.substring(0, "kms-000".length()).toUpperCase(java.util.Locale.ROOT));
    }

    private static Set<String> keys(List<dev.iaclint.report.Finding> findings) {
        Set<String> keys = new TreeSet<>();
        findings.forEach(f -> keys.add(FixHarness.key(f)));
        return keys;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals(GOLDEN)) {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
