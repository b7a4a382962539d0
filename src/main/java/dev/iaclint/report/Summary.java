package dev.iaclint.report;

import dev.iaclint.policy.Severity;
import dev.iaclint.scan.ScanResult;
import java.util.EnumMap;
import java.util.Map;

/** Counts for the end of a report and for the exit code. */
public record Summary(int filesScanned, int filesSkipped, int failed, int unknown, int errors,
                      Map<Severity, Integer> failedBySeverity) {

    public static Summary of(ScanResult result) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int failed = 0;
        int unknown = 0;
        for (Finding finding : result.findings()) {
            if (finding.status() == Status.FAIL) {
                failed++;
                bySeverity.merge(finding.severity(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        return new Summary(result.scanned().size(), result.skipped().size(), failed, unknown,
                result.problems().size(), bySeverity);
    }
}
