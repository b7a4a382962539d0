package dev.iaclint.model;

/** Terraform's rule for the provider a resource belongs to when it names none. */
public final class TerraformProvider {

    private TerraformProvider() {
    }

    /**
     * The provider Terraform implies from a resource type: the word before its first underscore
     * ({@code aws} for {@code aws_kms_key}, {@code awscc} for {@code awscc_bedrock_agent}).
     */
    public static String implied(String type) {
        return type.substring(0, Math.max(0, type.indexOf('_')));
    }
}
