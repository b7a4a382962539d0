package dev.iaclint.kpi;

import dev.iaclint.report.Finding;
import java.time.Duration;
import java.time.Instant;

/**
 * One finding (one fingerprint) through the history: the commit where it first failed and the
 * first commit where it no longer did.
 *
 * @param finding     how it looked when last seen
 * @param family      the family of its resource's kind, e.g. "agents"
 * @param appeared    the first scanned commit where it failed
 * @param fixed       the first scanned commit after that where it did not; null while it is open
 * @param inherited   it already failed in the first commit of the window, which did not create it:
 *                    when it appeared is unknown, so it is left out of the time to remediate
 */
public record Lifetime(String fingerprint, Finding finding, String family, Revision appeared, Revision fixed,
                       boolean inherited) {

    public boolean open() {
        return fixed == null;
    }

    /** How long it took to fix, or for an open finding its age at {@code asOf}. */
    public Duration age(Instant asOf) {
        return Duration.between(appeared.time(), open() ? asOf : fixed.time());
    }
}
