package dev.iaclint.plan;

import dev.iaclint.model.Format;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of a Terraform plan. Values are already evaluated; what the plan does not know
 * yet is an unknown node, or, where the plan's configuration says where it comes from, a
 * reference to that resource of the plan.
 */
final class PlanUnit implements Unit {

    private final String name;
    private final List<Resource> resources;
    private final Map<String, Resource> byAddress = new LinkedHashMap<>();

    PlanUnit(String name, List<Resource> resources) {
        this.name = name;
        this.resources = List.copyOf(resources);
        resources.forEach(resource -> byAddress.put(resource.address(), resource));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Format format() {
        return Format.TERRAFORM_PLAN;
    }

    @Override
    public List<Resource> resources() {
        return resources;
    }

    @Override
    public Optional<Resource> resource(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    @Override
    public Node resolve(Node node) {
        return node;
    }

    /** {@code aws_kms_key.agents} names the resource, or its first instance ({@code [0]}, {@code ["a"]}). */
    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        Resource exact = byAddress.get(reference.target());
        if (exact != null) {
            return Optional.of(exact);
        }
        String instance = reference.target() + "[";
        return resources.stream().filter(r -> r.address().startsWith(instance)).findFirst();
    }
}
