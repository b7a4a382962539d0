package dev.iaclint.report;

import java.util.List;

/**
 * Everything a scan produced, in a deterministic order: files by path, outcomes by line.
 *
 * @param scanned  the files that were loaded as infrastructure code
 * @param skipped  files that were read but are not infrastructure code, with the reason
 * @param outcomes every policy outcome on every resource, passes included
 * @param problems inputs that could not be read, policies that could not run
 * @param warnings what deserves attention but does not fail the run (stale suppressions)
 * @param staleBaselineEntries baseline entries that no finding matched any more (fixed, or changed)
 */
public record ScanResult(List<String> scanned, List<Skipped> skipped, List<Finding> outcomes, List<Problem> problems,
                         List<Problem> warnings, int staleBaselineEntries) {

    /** A result of a scan without a baseline, or whose baseline entries all matched. */
    public ScanResult(List<String> scanned, List<Skipped> skipped, List<Finding> outcomes, List<Problem> problems,
                      List<Problem> warnings) {
        this(scanned, skipped, outcomes, problems, warnings, 0);
    }

    public record Skipped(String file, String reason) {
    }

    public ScanResult {
        scanned = List.copyOf(scanned);
        skipped = List.copyOf(skipped);
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The outcomes worth reporting: failures and unknowns, suppressed or not. */
    public List<Finding> findings() {
        return outcomes.stream().filter(f -> f.status() != Status.PASS).toList();
    }

    public List<Finding> passes() {
        return outcomes.stream().filter(f -> f.status() == Status.PASS).toList();
    }
}
