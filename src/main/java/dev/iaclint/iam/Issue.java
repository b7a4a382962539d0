package dev.iaclint.iam;

/** What a check found wrong with one statement, or could not decide about it. */
public record Issue(Statement statement, String detail) {

    /** e.g. {@code statement 'Open' (line 12): grants * without ...}. */
    public String describe() {
        return statement.name() + " (line " + statement.location().line() + ") " + detail;
    }
}
