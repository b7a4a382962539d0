package dev.iaclint.engine;

import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import java.util.List;

/** What evaluating the policies on one unit found, and the policies that could not run. */
public record Evaluation(List<Finding> findings, List<Problem> problems) {

    public Evaluation {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
