package dev.iaclint.iam;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of a unit that attach a policy to something else: key policies written apart
 * from their key ({@code aws_kms_key_policy}) by the key's address, and role policies and
 * policy attachments by the role they name. Built once per unit on the first question: looking
 * through the whole unit for every key and every role was quadratic in large stacks. Not
 * thread-safe: a unit is evaluated on one thread.
 */
public final class PolicyAttachments {

    private final Unit unit;
    private final FieldAccess fields;
    private Map<String, List<Resource>> keyPoliciesByKey;
    private Map<Resource, List<Resource>> byRole;

    public PolicyAttachments(Unit unit, FieldAccess fields) {
        this.unit = unit;
        this.fields = fields;
    }

    /** The {@code kms.key-policy} resources whose {@code key} names the key, in unit order. */
    List<Resource> keyPoliciesOf(Resource key) {
        if (keyPoliciesByKey == null) {
            keyPoliciesByKey = new HashMap<>();
            for (Resource resource : unit.resources()) {
                // A key policy or role policy that will not be created grants nothing.
                if ("kms.key-policy".equals(resource.kind()) && resource.deployment().existence().deployed()) {
                    fields.referencedResource(unit, resource, "key").ifPresent(target ->
                            keyPoliciesByKey.computeIfAbsent(target.address(), a -> new ArrayList<>()).add(resource));
                }
            }
        }
        return keyPoliciesByKey.getOrDefault(key.address(), List.of());
    }

    /** The role policies and policy attachments whose {@code roles} name the role (by reference), in unit order. */
    List<Resource> toRole(Resource role) {
        if (byRole == null) {
            byRole = new IdentityHashMap<>();
            for (Resource resource : unit.resources()) {
                if (("iam.role-policy".equals(resource.kind()) || "iam.policy-attachment".equals(resource.kind()))
                        && resource.deployment().existence().deployed()) {
                    fields.find(unit, resource, "roles").ifPresent(roles -> index(resource, roles));
                }
            }
        }
        return byRole.getOrDefault(role, List.of());
    }

    private void index(Resource attachment, Field roles) {
        List<Resource> named = new ArrayList<>();
        for (Node item : items(roles.value())) {
            Optional<Resource> role = unit.resolve(item) instanceof ReferenceNode reference
                    ? unit.referencedResource(reference) : Optional.empty();
            role.filter(r -> named.stream().noneMatch(n -> n == r)).ifPresent(named::add);
        }
        named.forEach(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(attachment));
    }

    private List<Node> items(Node node) {
        Node resolved = unit.resolve(node);
        return resolved instanceof SequenceNode list ? list.items() : List.of(resolved);
    }
}
