package dev.iaclint.plan;

import dev.iaclint.model.Format;
import dev.iaclint.model.IndexedUnit;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The resources of a Terraform plan. Values are already evaluated; what the plan does not know
 * yet is an unknown node, or, where the plan's configuration says where it comes from, a
 * reference to that resource of the plan.
 */
final class PlanUnit extends IndexedUnit {

    PlanUnit(String name, List<Resource> resources) {
        super(name, Format.TERRAFORM_PLAN, resources);
    }

    @Override
    public Node resolve(Node node) {
        return node;
    }

    /** {@code aws_kms_key.agents} names the resource, or its first instance ({@code [0]}, {@code ["a"]}). */
    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        return resource(reference.target());
    }
}
