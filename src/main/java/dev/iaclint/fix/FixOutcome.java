package dev.iaclint.fix;

import dev.iaclint.report.Finding;

/** What became of a finding of a fixable rule: a {@link Fix}, or why it is {@link Unfixable}. */
public sealed interface FixOutcome permits Fix, Unfixable {

    Finding finding();
}
