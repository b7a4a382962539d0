package dev.iaclint.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Rule;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionFilterTest {

    private static final Rule RULE = new Rule("BEDROCK-001", "title", Severity.HIGH, "", "", List.of(), List.of(),
            List.of(), null);

    private static Finding finding(String file, int line, int resourceLine, String resource) {
        return new Finding(RULE, Status.FAIL, resource, "AWS::Bedrock::Agent", Location.point(file, line, 7),
                Location.point(file, resourceLine, 3), "message", null, null);
    }

    private static Ignore ignore(String reason, Ignore.Reach reach) {
        return new Ignore("inline", Set.of("BEDROCK-001"), reason, Location.point("a.yaml", 1, 1), reach);
    }

    @Test
    void theFirstIgnoreGivenThatCoversAFindingIsTheOneReportedAndEveryCoveringOneIsUsed() {
        List<Ignore> ignores = List.of(
                ignore("config", new Ignore.Paths(new PathPatterns(List.of("b.yaml")), Set.of())),
                ignore("on the resource line", new Ignore.Line("a.yaml", 3)),
                ignore("metadata", new Ignore.Resource("a.yaml", "Agent")),
                ignore("on the value line", new Ignore.Line("a.yaml", 9)),
                ignore("other file", new Ignore.Line("b.yaml", 9)),
                new Ignore("inline", Set.of("KMS-001"), "other rule", Location.point("a.yaml", 1, 1),
                        new Ignore.Line("a.yaml", 9)));

        SuppressionFilter.Result result = SuppressionFilter.apply(List.of(finding("a.yaml", 9, 3, "Agent"),
                finding("a.yaml", 20, 20, "Other")), ignores);

        assertEquals("on the resource line", result.findings().get(0).suppression().reason());
        assertNull(result.findings().get(1).suppression());
        assertEquals(List.of("config", "other file", "other rule"), result.unused().stream().map(Ignore::reason).toList());
    }

    @Test
    void thousandsOfInlineIgnoresEachSuppressTheirOwnLine() {
        List<Finding> findings = new ArrayList<>();
        List<Ignore> ignores = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            findings.add(finding("a.yaml", 2 * i, 2 * i, "R" + i));
            ignores.add(ignore("reason " + i, new Ignore.Line("a.yaml", 2 * i)));
        }
        ignores.add(ignore("stale", new Ignore.Line("a.yaml", 1)));

        SuppressionFilter.Result result = SuppressionFilter.apply(findings, ignores);

        for (int i = 1; i <= 5_000; i++) {
            assertEquals("reason " + i, result.findings().get(i - 1).suppression().reason());
        }
        assertEquals(List.of("stale"), result.unused().stream().map(Ignore::reason).toList());
    }
}
