package dev.iaclint.cli;

/** The exit codes, documented in the README; CI systems gate on them. */
public final class ExitCode {

    /** No failing finding. */
    public static final int OK = 0;
    /** At least one failing finding. */
    public static final int FINDINGS = 1;
    /** An input could not be read or parsed, a policy is invalid, or the command line is wrong. Wins over 1. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
