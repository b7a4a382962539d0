package dev.iaclint.model;

/**
 * Whether a resource survives its own deletion from the code: CloudFormation
 * {@code DeletionPolicy} and {@code UpdateReplacePolicy} of {@code Retain}, Terraform
 * {@code lifecycle { prevent_destroy = true }}. Each loader reads its own format's setting.
 *
 * @param isProtected true or false, or null where it cannot be known
 * @param description what is declared, for messages
 */
public record DeletionProtection(Boolean isProtected, String description) {

    /** What a resource has when its loader says nothing. */
    public static final DeletionProtection NONE = new DeletionProtection(false, "no deletion protection");

    public static DeletionProtection unknown(String why) {
        return new DeletionProtection(null, why);
    }
}
