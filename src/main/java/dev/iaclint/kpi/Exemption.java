package dev.iaclint.kpi;

import dev.iaclint.report.Finding;

/**
 * An exception granted to a failing finding: a suppression (a comment, CloudFormation Metadata,
 * the configuration's {@code ignore}) or a baseline entry, from the first commit that covered it
 * to the first that no longer did (the finding fixed, or the suppression taken back).
 *
 * @param ended null while it is in force
 */
public record Exemption(String fingerprint, Finding finding, Revision granted, Revision ended) {

    public String kind() {
        return finding.suppression().kind();
    }

    public String reason() {
        return finding.suppression().reason();
    }

    public boolean inForce() {
        return ended == null;
    }
}
