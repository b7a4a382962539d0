package dev.iaclint.model;

/** Who owns the key that encrypts a resource's data. */
public enum KeyClass {
    /** A KMS key of the unit, a literal key ARN or key id, or a customer alias. */
    CUSTOMER_MANAGED("customer-managed"),
    /** An {@code alias/aws/...} key: AWS manages its policy and rotation. */
    AWS_MANAGED("aws-managed"),
    /** No key named: AWS encrypts with a key it owns. */
    DEFAULT("default"),
    /** Depends on an input that has no value here. */
    UNKNOWN("unknown");

    private final String id;

    KeyClass(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
