package dev.iaclint.report;

import dev.iaclint.model.Construct;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One policy outcome on one resource.
 *
 * @param resource         the resource's address
 * @param resourceType     its native type
 * @param location         where the finding points (the deciding value, or the resource)
 * @param resourceLocation where the resource is declared
 * @param line             the text of the line the finding points at (of a very long line, the part
 *                         from the finding on), which its fingerprint is made of; null until the
 *                         scanner attaches it
 * @param repositoryFile   the file's path from the repository root, which the fingerprint is made of,
 *                         so that it is the same from whatever folder iac-lint runs; null for the
 *                         location's file
 * @param suppression      null unless a suppression or the baseline covers the finding
 * @param via              for a resource of a module, the module calls that reach it (each as
 *                         {@code CONFIGURATION: module.a.module.b}); {@code resource} is then its
 *                         address inside the module, the same whichever caller reaches it
 * @param construct        the CDK construct that synthesized the resource; null for code written by hand
 */
public record Finding(Rule rule, Status status, String resource, String resourceType, Location location,
                      Location resourceLocation, String message, String line, String repositoryFile,
                      Suppression suppression, List<String> via, Construct construct) {

    public Finding {
        via = List.copyOf(via);
    }

    /** A finding whose file is named as the report names it, until the scanner says where it is in the repository. */
    public Finding(Rule rule, Status status, String resource, String resourceType, Location location,
                   Location resourceLocation, String message, String line, Suppression suppression,
                   List<String> via, Construct construct) {
        this(rule, status, resource, resourceType, location, resourceLocation, message, line, null, suppression, via,
                construct);
    }

    /** A finding on a resource written by hand, that no module call reaches. */
    public Finding(Rule rule, Status status, String resource, String resourceType, Location location,
                   Location resourceLocation, String message, String line, Suppression suppression) {
        this(rule, status, resource, resourceType, location, resourceLocation, message, line, null, suppression,
                List.of(), null);
    }

    public Finding withConstruct(Construct from) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, message, line,
                repositoryFile, suppression, via, from);
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** Identifies the finding across runs and line shifts: rule, file, resource and its line's text. */
    public String fingerprint() {
        return Fingerprints.of(this);
    }

    public Optional<Suppression> suppressed() {
        return Optional.ofNullable(suppression);
    }

    public Finding withSuppression(Suppression by) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, message, line,
                repositoryFile, by, via, construct);
    }

    public Finding withStatus(Status newStatus) {
        return new Finding(rule, newStatus, resource, resourceType, location, resourceLocation, message, line,
                repositoryFile, suppression, via, construct);
    }

    /** @param file the finding's file from the repository root */
    public Finding withLine(String text, String file) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, message, text, file,
                suppression, via, construct);
    }

    /** The file's path from the repository root: what the fingerprint and the baseline name. */
    public String fileInRepository() {
        return repositoryFile != null ? repositoryFile : location.file();
    }

    /** The same finding reached through these module calls, with what it says naming them. */
    public Finding reachedVia(List<String> callers, String newMessage) {
        return new Finding(rule, status, resource, resourceType, location, resourceLocation, newMessage, line,
                repositoryFile, suppression, callers, construct);
    }

    /** A finding that counts against the run: failing and not suppressed. */
    public boolean isFailure() {
        return status == Status.FAIL && suppression == null;
    }
}
