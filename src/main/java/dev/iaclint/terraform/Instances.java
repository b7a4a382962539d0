package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Existence;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.model.UnknownNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code count} and {@code for_each} make of a resource block: no resource when the count
 * is zero or the collection empty, one resource per instance when they are known (with
 * {@code count.index}, {@code each.key} and {@code each.value} put in its attributes, and the
 * address Terraform prints, such as {@code aws_x.y["acme"]}), and the block itself, of unknown
 * existence, when they are not.
 */
final class Instances {

    /** More instances than a configuration plausibly declares are evaluated as one, of unknown key. */
    static final int MAX_INSTANCES = 1_000;

    private Instances() {
    }

    /** What one repetition evaluates to: not deployed, these instance keys to their values, or unknown. */
    record Keys(Existence existence, Map<String, Instance> instances) {
    }

    /** One instance: the key in its address, and the values of count.index or each.key and each.value. */
    record Instance(String addressKey, Map<String, Node> bindings) {
    }

    /**
     * Every resource as it will exist: each instance of a count or for_each, or the block with
     * its existence not deployed or unknown, within the module calls that reach it.
     *
     * @param repetitions the count or for_each of resource blocks (by address) and of module calls
     *                    (by module address)
     * @param resolving   resolves the values as written, for each.value
     * @param existence   decides the keys, and so whether each resource exists; {@code resolving}
     *                    unless the root is a reusable module whose defaults are guesses
     */
    static List<Resource> of(List<Resource> configured, Map<String, Repetition> repetitions, Unit resolving,
                             Unit existence) {
        Map<String, Keys> modules = new LinkedHashMap<>();
        List<Resource> all = new ArrayList<>();
        for (Resource resource : configured) {
            Existence within = Existence.DEPLOYED;
            for (String call : resource.deployment().callers()) {
                Repetition repeated = repetitions.get(call);
                if (repeated == null) {
                    continue;
                }
                Existence module = modules.computeIfAbsent(call,
                        c -> keys(repeated, existence, parentQualifier(c))).existence();
                if (!module.deployed() || within.state() == Existence.State.DEPLOYED) {
                    within = module;
                }
            }
            Repetition own = repetitions.get(resource.address());
            if (!within.deployed() || own == null) {
                all.add(within == Existence.DEPLOYED ? resource
                        : resource.withDeployment(resource.deployment().withExistence(within)));
                continue;
            }
            Keys keys = keys(own, existence, qualifierOf(resource));
            if (keys.existence().deployed() && !keys.instances().isEmpty() && existence != resolving) {
                // Keys decided without guesses; each.value from the values as written.
                keys = keys(own, resolving, qualifierOf(resource));
            }
            for (Resource instance : expand(resource, keys)) {
                all.add(within == Existence.DEPLOYED || !instance.deployment().existence().deployed() ? instance
                        : instance.withDeployment(instance.deployment().withExistence(within)));
            }
        }
        return all;
    }

    private static String qualifierOf(Resource resource) {
        List<String> callers = resource.deployment().callers();
        return callers.isEmpty() ? "" : callers.get(callers.size() - 1) + ".";
    }

    /** The qualifier of the module that makes a module call: {@code module.a.} for {@code module.a.module.b}. */
    private static String parentQualifier(String call) {
        int last = call.lastIndexOf("module.");
        return call.substring(0, last);
    }

    /**
     * @param unit      resolves the repetition's expression
     * @param qualifier the module address of the block, with a trailing dot
     */
    static Keys keys(Repetition repetition, Unit unit, String qualifier) {
        Node value = unit.resolve(repetition.value());
        if (repetition.metaArgument().equals("count")) {
            if (value instanceof ScalarNode scalar && scalar.value() instanceof BigDecimal number) {
                int count = number.intValue();
                if (count <= 0) {
                    return new Keys(Existence.NOT_DEPLOYED, Map.of());
                }
                if (count <= MAX_INSTANCES) {
                    Map<String, Instance> instances = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        ScalarNode index = new ScalarNode(repetition.location(), String.valueOf(i), BigDecimal.valueOf(i));
                        instances.put("[" + i + "]", new Instance("[" + i + "]", Map.of(qualifier + "count.index", index)));
                    }
                    return new Keys(Existence.DEPLOYED, instances);
                }
            }
            return unknown(repetition);
        }
        Map<String, Node> elements = new LinkedHashMap<>();
        if (value instanceof MappingNode map) {
            map.entries().forEach(entry -> elements.put(entry.key(), entry.value()));
        } else if (value instanceof SequenceNode set) {
            for (Node item : set.items()) {
                if (!(unit.resolve(item) instanceof ScalarNode key) || key.text() == null) {
                    return unknown(repetition);
                }
                elements.put(key.text(), key);
            }
        } else {
            return unknown(repetition);
        }
        if (elements.isEmpty()) {
            return new Keys(Existence.NOT_DEPLOYED, Map.of());
        }
        if (elements.size() > MAX_INSTANCES) {
            return unknown(repetition);
        }
        Map<String, Instance> instances = new LinkedHashMap<>();
        elements.forEach((key, element) -> {
            Map<String, Node> bindings = new LinkedHashMap<>();
            bindings.put(qualifier + "each.key", ScalarNode.ofString(repetition.location(), key));
            bindings.put(qualifier + "each.value", element);
            String addressKey = "[\"" + key + "\"]";
            instances.put(addressKey, new Instance(addressKey, bindings));
        });
        return new Keys(Existence.DEPLOYED, instances);
    }

    private static Keys unknown(Repetition repetition) {
        return new Keys(Existence.unknown(repetition.describe()), Map.of());
    }

    /** The resource's instances, or the resource itself with the existence the repetition leaves open. */
    static List<Resource> expand(Resource resource, Keys keys) {
        if (keys.instances().isEmpty()) {
            return List.of(resource.withDeployment(resource.deployment().withExistence(keys.existence())));
        }
        List<Resource> instances = new ArrayList<>(keys.instances().size());
        for (Instance instance : keys.instances().values()) {
            instances.add(new Resource(resource.address() + instance.addressKey(), resource.type(), resource.kind(),
                    resource.format(), resource.location(), bind(resource.attributes(), instance.bindings()),
                    resource.deployment().withInstanceKey(instance.addressKey()), resource.suppressions()));
        }
        return instances;
    }

    /** The node with every reference to a bound name replaced by its value. */
    static Node bind(Node node, Map<String, Node> bindings) {
        if (node instanceof ReferenceNode reference && bindings.containsKey(reference.target())) {
            return follow(bindings.get(reference.target()), reference);
        }
        if (node instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>(mapping.entries().size());
            mapping.entries().forEach(e -> entries.add(new MappingNode.Entry(e.key(), e.keyLocation(),
                    bind(e.value(), bindings))));
            return new MappingNode(mapping.location(), entries);
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(sequence.location(), sequence.items().stream().map(i -> bind(i, bindings)).toList());
        }
        if (node instanceof ExpressionNode expression) {
            return new ExpressionNode(expression.location(), expression.function(),
                    expression.arguments().stream().map(a -> bind(a, bindings)).toList());
        }
        return node;
    }

    /** {@code each.value.key_arn}: the attribute path followed into the bound value, where it can be. */
    private static Node follow(Node value, ReferenceNode reference) {
        Node current = value;
        List<String> path = reference.attributePath();
        for (int i = 0; i < path.size(); i++) {
            Optional<Node> next = current instanceof MappingNode mapping ? mapping.get(path.get(i)) : Optional.empty();
            if (next.isEmpty()) {
                return current instanceof ReferenceNode inner
                        ? new ReferenceNode(reference.location(), inner.target(),
                                concat(inner.attributePath(), path.subList(i, path.size())), inner.syntax())
                        : new UnknownNode(reference.location(), reference.display() + ", which cannot be followed here");
            }
            current = next.get();
        }
        return current;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
