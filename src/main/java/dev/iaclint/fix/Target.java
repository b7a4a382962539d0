package dev.iaclint.fix;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.FieldAccess;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.model.Unit;
import java.util.List;
import java.util.Optional;

/**
 * The resource a finding is about, in its unit, with the files a fix may edit.
 *
 * @param requiredTags the tag keys the configuration requires (KMS-007), which a new key must carry
 * @param newKeys      the keys this run has added so far
 */
record Target(Unit unit, Resource resource, FieldAccess fields, KeyUsers keyUsers, Sources sources,
              List<String> requiredTags, NewKeys newKeys) {

    SourceEditor editor() throws CannotFix {
        return sources.editor(resource.location().file());
    }

    Anchor anchor() {
        return Anchor.of(resource);
    }

    /** The native attribute path of a canonical field on this resource's type. */
    String path(String field) throws CannotFix {
        return fields.kind(resource).flatMap(k -> k.path(resource.type(), field))
                .orElseThrow(() -> new CannotFix(resource.type() + " has no " + field + " setting"));
    }

    /** The canonical field as written on the resource, before references are followed. */
    Optional<Node> written(String field) {
        return fields.find(unit, resource, field).map(Field::value);
    }

    /** What a written value that is not a literal is, for a reason a person can act on. */
    static String describe(Node node) {
        if (node instanceof ReferenceNode reference) {
            return "comes from " + reference.display();
        }
        if (node instanceof ExpressionNode expression) {
            return "is computed (" + expression.function() + ")";
        }
        return node instanceof UnknownNode ? "is known only at deployment" : "is not a literal";
    }
}
