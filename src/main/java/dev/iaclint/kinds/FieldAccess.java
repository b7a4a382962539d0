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
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every value of a field written under repeated blocks (a job's {@code dataset_metric_config}
     * blocks each name a dataset): like {@link #find}, but a step that stands on a list takes each
     * of its items. Empty when no item has the field.
     */
    public List<Field> findAll(Unit unit, Resource resource, String field) {
        Optional<Kind> kind = kinds.forNativeType(resource.type());
        if (kind.flatMap(k -> k.fact(resource.type(), field)).isPresent()) {
            return find(unit, resource, field).stream().toList();
        }
        List<Field> found = new ArrayList<>();
        kind.flatMap(k -> k.path(resource.type(), field))
                .ifPresent(path -> walkAll(unit, resource.attributes(), List.of(path.split("\\.")), found));
        return found;
    }

    /** The literal text of a canonical field, resolved; empty when it is absent or not a literal. */
    public Optional<String> literal(Unit unit, Resource resource, String field) {
        return find(unit, resource, field).map(f -> unit.resolve(f.value()))
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
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
            Optional<Field> next = step(current, step);
            if (next.isEmpty() || isOpen(current)) {
                return next;
            }
            found = next.get();
            current = found.value();
        }
        return Optional.ofNullable(found);
    }

    /** {@link #walk} into every item of every list on the way. */
    private static void walkAll(Unit unit, Node start, List<String> path, List<Field> found) {
        Node current = unit.resolve(start);
        if (current instanceof SequenceNode items) {
            items.items().forEach(item -> walkAll(unit, item, path, found));
            return;
        }
        Optional<Field> next = step(current, path.get(0));
        if (next.isEmpty() || isOpen(current) || path.size() == 1) {
            next.ifPresent(found::add);
            return;
        }
        walkAll(unit, next.get().value(), path.subList(1, path.size()), found);
    }

    /**
     * One step of a path from a resolved node: the entry of a mapping; a node that cannot be known
     * here stands for where the path leads (unknown rather than absent); else nothing.
     */
    private static Optional<Field> step(Node current, String name) {
        if (isOpen(current)) {
            return Optional.of(new Field(current, current.location()));
        }
        if (!(current instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.entry(name).map(entry -> new Field(entry.value(), entry.keyLocation()));
    }

    private static boolean isOpen(Node node) {
        return node instanceof UnknownNode || node instanceof ExpressionNode;
    }
}
