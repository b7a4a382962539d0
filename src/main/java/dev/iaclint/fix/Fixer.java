package dev.iaclint.fix;

import dev.iaclint.report.Finding;

/** Fixes the findings of one family of rules. */
interface Fixer {

    boolean fixes(Finding finding);

    /**
     * The fix of a failing finding on {@code target}'s resource, written with the editor of the
     * file that declares it.
     *
     * @throws CannotFix with the reason when the source is not written in a shape that can be
     *                   fixed safely
     */
    Fix fix(Finding finding, Target target) throws CannotFix;
}
