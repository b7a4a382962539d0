package dev.iaclint.engine;

import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.SuppressionFilter;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import java.util.List;
import java.util.Optional;

/**
 * The filter stage between evaluation and reports: strict mode, suppressions, baseline. What it
 * decides stays visible: suppressed findings keep their status and carry the reason.
 */
public final class Triage {

    private Triage() {
    }

    /** @param unused suppressions that matched nothing */
    public record Result(List<Finding> outcomes, List<Ignore> unused) {
    }

    /** @param strict unknown outcomes become failures */
    public static Result apply(List<Finding> outcomes, List<Ignore> ignores, Optional<Baseline> baseline, boolean strict) {
        List<Finding> decided = strict
                ? outcomes.stream().map(f -> f.status() == Status.UNKNOWN ? f.withStatus(Status.FAIL) : f).toList()
                : outcomes;
        SuppressionFilter.Result filtered = SuppressionFilter.apply(decided, ignores);
        List<Finding> result = baseline.map(b -> b.apply(filtered.findings())).orElse(filtered.findings());
        return new Result(result, filtered.unused());
    }
}
