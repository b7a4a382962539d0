package dev.iaclint.model;

/** The source formats iac-lint reads. */
public enum Format {
    CLOUDFORMATION("cloudformation"),
    TERRAFORM("terraform"),
    TERRAFORM_PLAN("terraform-plan");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
