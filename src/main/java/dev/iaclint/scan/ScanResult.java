package dev.iaclint.scan;

import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import java.util.List;

/**
 * Everything a scan produced, in a deterministic order: files by path, findings by line.
 *
 * @param scanned the files that were loaded as infrastructure code
 * @param skipped files that were read but are not infrastructure code, with the reason
 */
public record ScanResult(List<String> scanned, List<Skipped> skipped, List<Finding> findings, List<Problem> problems) {

    public record Skipped(String file, String reason) {
    }

    public ScanResult {
        scanned = List.copyOf(scanned);
        skipped = List.copyOf(skipped);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
