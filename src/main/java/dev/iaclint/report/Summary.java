package dev.iaclint.report;

import dev.iaclint.model.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts for the end of a report. Suppressed findings are counted apart and never as failed or
 * unknown.
 *
 * @param staleBaselineEntries baseline entries that no finding matched any more
 */
public record Summary(int filesScanned, int filesSkipped, int passed, int failed, int unknown, int suppressed,
                      int errors, int warnings, Map<Severity, Integer> failedBySeverity, int staleBaselineEntries) {

    public static Summary of(ScanResult result) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int passed = 0;
        int failed = 0;
        int unknown = 0;
        int suppressed = 0;
        for (Finding finding : result.outcomes()) {
            if (finding.suppression() != null) {
                suppressed++;
            } else if (finding.status() == Status.PASS) {
                passed++;
            } else if (finding.status() == Status.FAIL) {
                failed++;
                bySeverity.merge(finding.severity(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        return new Summary(result.scanned().size(), result.skipped().size(), passed, failed, unknown, suppressed,
                result.problems().size(), result.warnings().size(), bySeverity, result.staleBaselineEntries());
    }
}
