package dev.iaclint.model;

/**
 * Whether a resource will be created: CloudFormation's {@code Condition}, Terraform's
 * {@code count} and {@code for_each}.
 *
 * @param state     known yes, known no, or not known here
 * @param condition for {@code UNKNOWN}, what it depends on, as a finding can say it; empty otherwise
 */
public record Existence(State state, String condition) {

    public enum State { DEPLOYED, NOT_DEPLOYED, UNKNOWN }

    public static final Existence DEPLOYED = new Existence(State.DEPLOYED, "");
    public static final Existence NOT_DEPLOYED = new Existence(State.NOT_DEPLOYED, "");

    public static Existence unknown(String condition) {
        return new Existence(State.UNKNOWN, condition);
    }

    public boolean deployed() {
        return state != State.NOT_DEPLOYED;
    }
}
