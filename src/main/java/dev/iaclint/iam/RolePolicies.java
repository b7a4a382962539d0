package dev.iaclint.iam;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity policies of an IAM role of the unit: its inline policies, the policies written for
 * it ({@code AWS::IAM::Policy}, {@code aws_iam_role_policy}, ...) and the customer-managed
 * policies of the unit attached to it.
 *
 * @param documents  what could be found
 * @param incomplete some policy applies that cannot be read here (an AWS-managed policy, a
 *                   managed policy ARN from outside the unit)
 */
public record RolePolicies(List<PolicyDocument> documents, boolean incomplete) {

    public static RolePolicies of(Unit unit, FieldAccess fields, Resource role) {
        List<PolicyDocument> documents = new ArrayList<>();
        boolean incomplete = fields.find(unit, role, "managedPolicies").map(f -> unit.resolve(f.value()))
                .map(n -> !(n instanceof SequenceNode list && list.items().isEmpty()) && !(n instanceof ScalarNode s && s.isNull()))
                .orElse(false);
        fields.find(unit, role, "inlinePolicies").ifPresent(inline -> {
            for (Node item : items(unit, inline.value())) {
                if (unit.resolve(item) instanceof MappingNode policy) {
                    firstOf(policy, "PolicyDocument", "policy", "policy_document")
                            .ifPresent(document -> documents.add(PolicyDocumentReader.read(unit, document)));
                }
            }
        });
        for (Resource other : unit.resources()) {
            // A policy that will not be created grants nothing.
            if (!other.deployment().existence().deployed() || !names(unit, fields.find(unit, other, "roles"), role)) {
                continue;
            }
            if ("iam.role-policy".equals(other.kind())) {
                fields.find(unit, other, "document")
                        .ifPresent(document -> documents.add(PolicyDocumentReader.read(unit, document.value())));
            } else if ("iam.policy-attachment".equals(other.kind())) {
                Optional<Resource> policy = fields.referencedResource(unit, other, "policy")
                        .filter(r -> "iam.policy".equals(r.kind()));
                Optional<Field> document = policy.flatMap(p -> fields.find(unit, p, "document"));
                if (document.isPresent()) {
                    documents.add(PolicyDocumentReader.read(unit, document.get().value()));
                } else {
                    incomplete = true;
                }
            }
        }
        return new RolePolicies(documents, incomplete);
    }

    /** Whether a roles field (one reference or a list of them) names this role. */
    private static boolean names(Unit unit, Optional<Field> roles, Resource role) {
        if (roles.isEmpty()) {
            return false;
        }
        for (Node item : items(unit, roles.get().value())) {
            if (unit.resolve(item) instanceof ReferenceNode reference
                    && unit.referencedResource(reference).map(r -> r == role).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> items(Unit unit, Node node) {
        Node resolved = unit.resolve(node);
        return resolved instanceof SequenceNode list ? list.items() : List.of(resolved);
    }

    private static Optional<Node> firstOf(MappingNode mapping, String... keys) {
        for (String key : keys) {
            Optional<Node> value = mapping.get(key);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
