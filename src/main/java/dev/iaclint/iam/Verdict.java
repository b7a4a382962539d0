package dev.iaclint.iam;

import java.util.List;

/**
 * The outcome of one check of a policy document: the statements that violate it, and those it
 * cannot decide because some part is unknown. A document that cannot be read at all is unknown.
 */
public record Verdict(PolicyDocument document, List<Issue> violations, List<Issue> undecided) {

    public Verdict {
        violations = List.copyOf(violations);
        undecided = List.copyOf(undecided);
    }

    public boolean ok() {
        return document.known() && violations.isEmpty() && undecided.isEmpty();
    }

    /** Nothing is known to be wrong, but something could not be read. */
    public boolean unknown() {
        return violations.isEmpty() && (!document.known() || !undecided.isEmpty());
    }
}
