package dev.iaclint.model;

import java.util.Optional;

/**
 * Whether a resource survives its own deletion from the code: CloudFormation
 * {@code DeletionPolicy} and {@code UpdateReplacePolicy} of {@code Retain}, Terraform
 * {@code lifecycle { prevent_destroy = true }}. A plan does not carry the lifecycle, so there
 * it is unknown.
 *
 * @param isProtected true or false, or null where it cannot be known
 * @param description what is declared, for messages
 */
public record DeletionProtection(Boolean isProtected, String description) {

    public static DeletionProtection of(Resource resource) {
        return switch (resource.format()) {
            case CLOUDFORMATION -> cloudFormation(resource.definition());
            case TERRAFORM -> terraform(resource.definition());
            case TERRAFORM_PLAN -> new DeletionProtection(null, "a plan does not show lifecycle { prevent_destroy }");
        };
    }

    private static DeletionProtection cloudFormation(MappingNode definition) {
        String deletion = text(definition.get("DeletionPolicy")).orElse("Delete");
        String replace = text(definition.get("UpdateReplacePolicy")).orElse("Delete");
        boolean retained = (deletion.equals("Retain") || deletion.equals("RetainExceptOnCreate")) && replace.equals("Retain");
        return new DeletionProtection(retained, "DeletionPolicy is " + deletion + " and UpdateReplacePolicy is " + replace);
    }

    private static DeletionProtection terraform(MappingNode definition) {
        Optional<Node> lifecycle = definition.get("lifecycle")
                .map(n -> n instanceof SequenceNode blocks && blocks.items().size() == 1 ? blocks.items().get(0) : n);
        boolean prevented = lifecycle.filter(MappingNode.class::isInstance)
                .flatMap(l -> ((MappingNode) l).get("prevent_destroy"))
                .map(n -> n instanceof ScalarNode s && Boolean.TRUE.equals(s.value())).orElse(false);
        return new DeletionProtection(prevented, prevented ? "lifecycle { prevent_destroy = true }"
                : "no lifecycle { prevent_destroy = true }");
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
    }
}
