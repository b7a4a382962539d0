package dev.iaclint.engine.suppress;

import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Marks the findings that an ignore covers, and tells which ignores covered nothing (a pass does not count). */
public final class SuppressionFilter {

    private SuppressionFilter() {
    }

    /** @param unused ignores that matched no finding: stale, and worth removing */
    public record Result(List<Finding> findings, List<Ignore> unused) {
    }

    public static Result apply(List<Finding> findings, List<Ignore> ignores) {
        Set<Ignore> used = new LinkedHashSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding result = finding;
            if (finding.status() == Status.PASS) {
                marked.add(finding);
                continue;
            }
            for (Ignore ignore : ignores) {
                if (ignore.covers(finding)) {
                    used.add(ignore);
                    result = result.suppression() == null ? finding.withSuppression(ignore.asSuppression()) : result;
                }
            }
            marked.add(result);
        }
        List<Ignore> unused = ignores.stream().filter(ignore -> !used.contains(ignore)).toList();
        return new Result(marked, unused);
    }
}
