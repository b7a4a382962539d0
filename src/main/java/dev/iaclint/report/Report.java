package dev.iaclint.report;

import dev.iaclint.model.Severity;
import java.util.List;

/**
 * What renderers are given: the scan's result, the rules of the run (SARIF lists them with
 * their metadata even when nothing fired), and the lowest severity that fails the run, so that a
 * finding below it is not shown as what blocks the change.
 *
 * @param configuration the configuration file that applied, and what it turned off
 */
public record Report(ScanResult result, List<Rule> rules, String toolVersion, Severity failOn,
                     AppliedConfiguration configuration) {

    public Report {
        rules = List.copyOf(rules);
    }

    /** A report of a run without a configuration file. */
    public Report(ScanResult result, List<Rule> rules, String toolVersion, Severity failOn) {
        this(result, rules, toolVersion, failOn, AppliedConfiguration.NONE);
    }

    /** A report where every failing finding fails the run. */
    public Report(ScanResult result, List<Rule> rules, String toolVersion) {
        this(result, rules, toolVersion, Severity.INFO);
    }

    /** A failing finding at or above {@code failOn}, not suppressed: what makes the run exit 1. */
    public boolean blocks(Finding finding) {
        return finding.isFailure() && finding.severity().compareTo(failOn) >= 0;
    }
}
