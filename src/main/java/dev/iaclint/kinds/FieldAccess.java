package dev.iaclint.kinds;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import java.util.Optional;

/** Finds a canonical field on a resource by following the kind table's attribute path. */
public final class FieldAccess {

    private final KindTable kinds;

    public FieldAccess(KindTable kinds) {
        this.kinds = kinds;
    }

    /** The canonical kind of the resource's type. */
    public Optional<Kind> kind(Resource resource) {
        return kinds.forNativeType(resource.type());
    }

    /**
     * Empty when the resource's type has no such field, or the attribute is not set. A field the
     * type itself decides (a fact of the kind table) is found at the resource.
     */
    public Optional<Field> find(Unit unit, Resource resource, String field) {
        Optional<Kind> kind = kinds.forNativeType(resource.type());
        Optional<Object> fact = kind.flatMap(k -> k.fact(resource.type(), field));
        if (fact.isPresent()) {
            ScalarNode value = new ScalarNode(resource.location(), String.valueOf(fact.get()), fact.get());
            return Optional.of(new Field(value, resource.location()));
        }
        return kind.flatMap(k -> k.path(resource.type(), field))
                .flatMap(path -> walk(unit, resource.attributes(), path));
    }

    /** The resource of the unit that a canonical field refers to; empty when the field is absent or names none. */
    public Optional<Resource> referencedResource(Unit unit, Resource resource, String field) {
        return find(unit, resource, field).map(f -> unit.resolve(f.value()))
                .filter(ReferenceNode.class::isInstance)
                .flatMap(reference -> unit.referencedResource((ReferenceNode) reference));
    }

    /**
     * Follows a dot-separated path. Each step resolves what it stands on first, so a property
     * written as a parameter or a decided condition is followed; a Terraform block, which is a
     * list of one element, is stepped into. A step that stands on something unknown yields that
     * unknown node, never "absent".
     */
    public static Optional<Field> walk(Unit unit, Node start, String path) {
        Node current = start;
        Field found = null;
        for (String step : path.split("\\.")) {
            current = unit.resolve(current);
            if (current instanceof SequenceNode block && block.items().size() == 1) {
                current = unit.resolve(block.items().get(0));
            }
            if (current instanceof UnknownNode || current instanceof ExpressionNode) {
                // Where the path leads cannot be known here: say so rather than call it absent.
                return Optional.of(new Field(current, current.location()));
            }
            if (!(current instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            Optional<MappingNode.Entry> entry = mapping.entry(step);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            found = new Field(entry.get().value(), entry.get().keyLocation());
            current = entry.get().value();
        }
        return Optional.ofNullable(found);
    }
}
