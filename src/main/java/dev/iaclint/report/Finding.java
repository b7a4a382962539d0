package dev.iaclint.report;

import dev.iaclint.model.Location;
import dev.iaclint.policy.Severity;
import java.util.Optional;

/**
 * One policy outcome on one resource.
 *
 * @param resource         the resource's address
 * @param resourceType     its native type
 * @param location         where the finding points (the deciding value, or the resource)
 * @param resourceLocation where the resource is declared
 * @param fingerprint      identifies the finding across runs and line shifts: rule, file, resource
 *                         and the text of the line it points at (see {@code Fingerprints})
 * @param suppression      null unless a suppression or the baseline covers the finding
 */
public record Finding(Rule rule, Status status, String resource, String resourceType, Location location,
                      Location resourceLocation, String message, String fingerprint, Suppression suppression) {

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public Optional<Suppression> suppressed() {
        return Optional.ofNullable(suppression);
    }

    public Finding withSuppression(Suppression by) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, message, fingerprint, by);
    }

    public Finding withStatus(Status newStatus) {
        return new Finding(rule, newStatus, resource, resourceType, location, resourceLocation, message, fingerprint,
                suppression);
    }

    public Finding withFingerprint(String print) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, message, print, suppression);
    }

    /** A finding that counts against the run: failing and not suppressed. */
    public boolean isFailure() {
        return status == Status.FAIL && suppression == null;
    }
}
