package dev.iaclint.model;

/**
 * The source formats iac-lint reads, and the schema of resource types each one uses: a plan
 * holds the same types as a .tf file, CDK output the same as a template.
 */
public enum Format {
    CLOUDFORMATION("cloudformation", "cloudformation"),
    TERRAFORM("terraform", "terraform"),
    TERRAFORM_PLAN("terraform-plan", "terraform");

    private final String id;
    private final String schema;

    Format(String id, String schema) {
        this.id = id;
        this.schema = schema;
    }

    public String id() {
        return id;
    }

    /** The schema of resource types in this format, as kinds.yaml groups them. */
    public String schema() {
        return schema;
    }
}
