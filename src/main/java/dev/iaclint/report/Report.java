package dev.iaclint.report;

import java.util.List;

/**
 * What renderers are given: the scan's result and the rules of the run (SARIF lists them with
 * their metadata even when nothing fired).
 */
public record Report(ScanResult result, List<Rule> rules, String toolVersion) {

    public Report {
        rules = List.copyOf(rules);
    }
}
