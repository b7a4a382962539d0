package dev.iaclint.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.engine.OnePerPlace;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Rule;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Merging kept across scans gives, at every scan, what sorting and merging every outcome afresh
 * gives: parts come and go, move, and share files (a module every root calls).
 */
class MergedOutcomesTest {

    private static final List<Rule> RULES = List.of(rule("KMS-001"), rule("KMS-002"));
    private static final List<Status> STATUSES = List.of(Status.PASS, Status.UNKNOWN, Status.FAIL);

    private static Rule rule(String id) {
        return new Rule(id, "title", Severity.HIGH, "", "", List.of(), List.of(), List.of(), null);
    }

    /** A part as an input's evaluation gives it: outcomes in no particular order, some in a shared module file. */
    private static Pipeline.Scan part(Random random, int id) {
        List<Finding> outcomes = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            boolean module = random.nextInt(3) == 0;
            String file = module ? "modules/shared/main.tf" : "stacks/s" + id + "/main.tf";
            int line = 1 + random.nextInt(3);
            outcomes.add(new Finding(RULES.get(random.nextInt(2)), STATUSES.get(random.nextInt(3)),
                    "aws_kms_key.k", "aws_kms_key", Location.point(file, line, 3), Location.point(file, line, 1),
                    "says " + id, null, null, module ? List.of("stacks/s" + id + ": module.shared") : List.of(), null));
        }
        return new Pipeline.Scan(List.of(), List.of(), outcomes, List.of(), List.of());
    }

    private static List<Finding> afresh(List<Pipeline.Scan> parts) {
        List<Finding> all = new ArrayList<>();
        parts.forEach(part -> all.addAll(part.outcomes()));
        all.sort(MergedOutcomes.FINDING_ORDER);
        return OnePerPlace.merge(all);
    }

    @Test
    void keptAcrossScansItMergesAsAFreshMerge() {
        Random random = new Random(25);
        List<Pipeline.Scan> parts = new ArrayList<>();
        for (int id = 0; id < 30; id++) {
            parts.add(part(random, id));
        }
        MergedOutcomes kept = new MergedOutcomes();
        for (int scan = 0; scan < 200; scan++) {
            assertEquals(afresh(parts), kept.of(parts), "scan " + scan);
            if (parts.size() < 2) {
                parts.add(part(random, 100 + scan));
                continue;
            }
            int at = random.nextInt(parts.size());
            switch (random.nextInt(5)) {
                case 0 -> parts.set(at, part(random, at));                          // a unit evaluated again
                case 1 -> parts.remove(at);                                          // an input gone
                case 2 -> parts.add(at, part(random, 100 + scan));                   // a new input
                case 3 -> parts.add(random.nextInt(parts.size()), parts.remove(at)); // one moved
                default -> {
                    // nothing changed
                }
            }
        }
    }
}
