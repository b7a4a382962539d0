package dev.iaclint.model;

import java.util.Optional;

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

    /**
     * The schema a native type that kinds.yaml does not know belongs to, by the syntax of its
     * name: CloudFormation types are {@code Vendor::Service::Resource}, Terraform types are
     * lower-case words joined by underscores.
     */
    public static Optional<String> schemaOfTypeName(String type) {
        if (type.contains("::")) {
            return Optional.of(CLOUDFORMATION.schema);
        }
        return type.matches("[a-z][a-z0-9_]*") ? Optional.of(TERRAFORM.schema) : Optional.empty();
    }

    /** The schema of resource types in this format, as kinds.yaml groups them. */
    public String schema() {
        return schema;
    }
}
