package dev.iaclint.report;

/** The outcome of one policy on one resource. */
public enum Status {
    /** The resource complies. Passes are kept for reports that list every check (JUnit). */
    PASS("pass"),
    /** The resource violates the policy. */
    FAIL("fail"),
    /** Whether it complies depends on a value not known before deployment. */
    UNKNOWN("unknown");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
