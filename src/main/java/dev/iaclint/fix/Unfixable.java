package dev.iaclint.fix;

import dev.iaclint.report.Finding;

/** A finding of a fixable rule that cannot be fixed automatically, and why. */
public record Unfixable(Finding finding, String reason) implements FixOutcome {
}
