package dev.iaclint.fix;

/** Thrown by an editor when the source is not written in a shape it can edit safely; the message says why. */
final class CannotFix extends Exception {

    CannotFix(String reason) {
        super(reason, null, false, false);
    }
}
