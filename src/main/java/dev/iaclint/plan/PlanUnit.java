package dev.iaclint.plan;

import dev.iaclint.model.Format;
import dev.iaclint.model.IndexedUnit;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of a Terraform plan. Values are already evaluated; what the plan does not know
 * yet is an unknown node, or, where the plan's configuration says where it comes from, a
 * reference to that resource of the plan.
 */
final class PlanUnit extends IndexedUnit {

    /**
     * The first instance of each {@code count} or {@code for_each} resource, by its address
     * without the instance key: looked up once per reference, where a scan of the unit made
     * count-indexed plans cubic.
     */
    private final Map<String, Resource> firstInstances = new HashMap<>();

    PlanUnit(String name, List<Resource> resources) {
        super(name, Format.TERRAFORM_PLAN, resources);
        for (Resource resource : resources()) {
            withoutInstanceKey(resource.address()).ifPresent(base -> firstInstances.putIfAbsent(base, resource));
        }
    }

    @Override
    public Node resolve(Node node) {
        return node;
    }

    /** {@code aws_kms_key.agents} names the resource, or its first instance ({@code [0]}, {@code ["a"]}). */
    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        return resource(reference.target()).or(() -> Optional.ofNullable(firstInstances.get(reference.target())));
    }

    /**
     * {@code module.m[0].aws_x.k["a]"]} without its last index: {@code module.m[0].aws_x.k}. A
     * bracket inside a quoted key is part of the key. Empty when the address ends in no index.
     */
    static Optional<String> withoutInstanceKey(String address) {
        if (!address.endsWith("]")) {
            return Optional.empty();
        }
        int lastIndex = -1;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                lastIndex = i;
            }
        }
        return lastIndex <= 0 ? Optional.empty() : Optional.of(address.substring(0, lastIndex));
    }
}
