package dev.iaclint.kpi;

import dev.iaclint.report.Coverage;

/**
 * What one scanned commit showed.
 *
 * @param failing    failing findings not covered by an exception
 * @param exceptions failing findings covered by a suppression or the baseline
 */
public record Point(Revision revision, Coverage coverage, int failing, int exceptions) {
}
