package dev.iaclint.plan;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's {@code configuration}: where a value known only after apply comes from. It follows
 * an attribute's references through module calls ({@code var.x} to the caller's argument) and
 * module outputs, to the resource that produces the value. Plans from Terraform 0.12 (format
 * 0.1) name only the resource ({@code aws_kms_key.k}); later ones also the attribute
 * ({@code aws_kms_key.k.arn}, listed first).
 */
final class PlanConfiguration {

    private static final int MAX_STEPS = 32;

    private final MappingNode root;
    private final MappingNode providers;
    private final Map<String, Node> variables;
    private final Map<MappingNode, Map<String, MappingNode>> resourcesByAddress = new IdentityHashMap<>();
    private final Map<String, Optional<MappingNode>> modules = new HashMap<>();

    /** @param variables the plan's {@code variables}: each name to its {@code value} */
    PlanConfiguration(MappingNode configuration, Map<String, Node> variables) {
        this.variables = variables;
        this.root = configuration.get("root_module").filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast).orElse(new MappingNode(configuration.location(), List.of()));
        this.providers = child(configuration, "provider_config").orElse(new MappingNode(configuration.location(), List.of()));
    }

    /**
     * The region a provider (aws, awscc) is configured with: a constant, or a root variable whose
     * value the plan records.
     */
    Optional<Node> providerRegion(String provider) {
        Optional<MappingNode> region = child(providers, provider).flatMap(p -> child(p, "expressions"))
                .flatMap(e -> child(e, "region"));
        return region.flatMap(r -> r.get("constant_value")).or(() -> region.flatMap(this::firstReference)
                .filter(reference -> reference.startsWith("var.") && reference.indexOf('.', 4) < 0)
                .flatMap(reference -> Optional.ofNullable(variables.get(reference.substring(4)))));
    }

    /**
     * What an attribute of a resource refers to: a reference to a resource of the plan (its
     * address qualified by module), or an unknown node saying why it cannot be told.
     *
     * @param moduleAddress the resource's module ({@code module.kb}), "" for the root
     * @param resource      the resource's address within its module, without index ({@code aws_x.a})
     * @param attributePath the attribute, and for nested blocks the block names before it
     */
    Node origin(String moduleAddress, String resource, List<String> attributePath, Location at) {
        Optional<MappingNode> module = module(moduleAddress);
        Optional<String> reference = module.flatMap(m -> resourceExpression(m, resource, attributePath))
                .flatMap(this::firstReference);
        if (reference.isEmpty()) {
            return new UnknownNode(at, "a value known only after apply");
        }
        return follow(moduleAddress, reference.get(), at, 0);
    }

    private Node follow(String moduleAddress, String reference, Location at, int steps) {
        if (steps > MAX_STEPS) {
            return new UnknownNode(at, "a value known only after apply");
        }
        String[] parts = reference.split("\\.");
        String prefix = moduleAddress.isEmpty() ? "" : moduleAddress + ".";
        switch (parts[0]) {
            case "var" -> {
                if (moduleAddress.isEmpty() || parts.length < 2) {
                    return new UnknownNode(at, "variable " + (parts.length > 1 ? parts[1] : "") + ", known only after apply");
                }
                int dot = moduleAddress.lastIndexOf(".module.");
                String parent = dot < 0 ? "" : moduleAddress.substring(0, dot);
                String call = stripIndex(moduleAddress.substring(moduleAddress.lastIndexOf('.') + 1));
                Optional<String> next = module(parent).flatMap(m -> child(m, "module_calls").flatMap(x -> child(x, call)))
                        .flatMap(c -> expression(c, parts[1])).flatMap(this::firstReference);
                return next.map(r -> follow(parent, r, at, steps + 1))
                        .orElseGet(() -> new UnknownNode(at, "variable " + parts[1] + ", known only after apply"));
            }
            case "module" -> {
                if (parts.length < 3) {
                    return new UnknownNode(at, "the module " + reference + ", known only after apply");
                }
                String child = prefix + "module." + parts[1];
                Optional<String> next = module(child).flatMap(m -> child(m, "outputs").flatMap(x -> child(x, parts[2])))
                        .flatMap(o -> child(o, "expression")).flatMap(this::firstReference);
                return next.map(r -> follow(child, r, at, steps + 1))
                        .orElseGet(() -> new UnknownNode(at, "an output of " + child + ", known only after apply"));
            }
            case "local", "each", "count", "path", "self", "terraform" -> {
                return new UnknownNode(at, reference + ", known only after apply");
            }
            case "data" -> {
                return new UnknownNode(at, "the data source " + reference + ", read at apply");
            }
            default -> {
                if (parts.length < 2) {
                    return new UnknownNode(at, reference + ", known only after apply");
                }
                String target = prefix + parts[0] + "." + stripIndex(parts[1]);
                List<String> path = parts.length > 2 ? List.of(parts).subList(2, parts.length) : List.of();
                return new ReferenceNode(at, target, path, "terraform-plan");
            }
        }
    }

    private static String stripIndex(String name) {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /**
     * Whether the configuration writes the attribute at all; empty when the resource's
     * configuration is not in the plan. An attribute known only after apply that the
     * configuration does not write is the provider's default (a key's default policy, its ARN).
     */
    Optional<Boolean> writes(String moduleAddress, String resource, List<String> attributePath) {
        return module(moduleAddress)
                .flatMap(m -> Optional.ofNullable(resourcesByAddress.computeIfAbsent(m, PlanConfiguration::index).get(resource)))
                .map(config -> child(config, "expressions").flatMap(e -> walk(e, attributePath)).isPresent());
    }

    /**
     * The configuration of a module by address, looked up once per address: each of a plan's
     * thousands of resources asks for its module's once per attribute known only after apply.
     */
    private Optional<MappingNode> module(String address) {
        Optional<MappingNode> module = modules.get(address);
        if (module == null) {
            module = findModule(address);
            modules.put(address, module);
        }
        return module;
    }

    /** module.a.module.b is root.module_calls.a.module.module_calls.b.module. */
    private Optional<MappingNode> findModule(String address) {
        Optional<MappingNode> current = Optional.of(root);
        if (address.isEmpty()) {
            return current;
        }
        String[] parts = address.split("\\.");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            String call = stripIndex(parts[i + 1]);
            current = current.flatMap(m -> child(m, "module_calls").flatMap(x -> child(x, call))).flatMap(c -> child(c, "module"));
        }
        return current;
    }

    private Optional<Node> resourceExpression(MappingNode module, String resource, List<String> path) {
        MappingNode config = resourcesByAddress.computeIfAbsent(module, PlanConfiguration::index).get(resource);
        return Optional.ofNullable(config).flatMap(r -> child(r, "expressions")).flatMap(e -> walk(e, path));
    }

    /** A module's configured resources by address, built once per module: plans hold thousands. */
    private static Map<String, MappingNode> index(MappingNode module) {
        Map<String, MappingNode> byAddress = new HashMap<>();
        if (module.get("resources").orElse(null) instanceof SequenceNode list) {
            for (Node entry : list.items()) {
                if (entry instanceof MappingNode r && r.get("address").orElse(null) instanceof ScalarNode a && a.isString()) {
                    byAddress.putIfAbsent(a.text(), r);
                }
            }
        }
        return byAddress;
    }

    /** Expressions of nested blocks are lists of one mapping per block: the first is followed. */
    private static Optional<Node> walk(MappingNode expressions, List<String> path) {
        Node current = expressions;
        for (String step : path) {
            if (current instanceof SequenceNode blocks && !blocks.items().isEmpty()) {
                current = blocks.items().get(0);
            }
            if (!(current instanceof MappingNode mapping) || mapping.get(step).isEmpty()) {
                return Optional.empty();
            }
            current = mapping.get(step).get();
        }
        return Optional.of(current);
    }

    private static Optional<MappingNode> child(MappingNode node, String key) {
        return node.get(key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    private static Optional<Node> expression(MappingNode call, String name) {
        return child(call, "expressions").flatMap(e -> e.get(name));
    }

    private Optional<String> firstReference(Node expression) {
        if (expression instanceof MappingNode m && m.get("references").orElse(null) instanceof SequenceNode refs
                && !refs.items().isEmpty() && refs.items().get(0) instanceof ScalarNode first && first.isString()) {
            return Optional.of(first.text());
        }
        return Optional.empty();
    }

    /**
     * The AWS-managed alias behind an attribute that the configuration takes from a data source
     * naming one ({@code data "aws_kms_alias"} with {@code name}, or {@code data "aws_kms_key"}
     * with {@code key_id}, of {@code alias/aws/...}). The plan shows such a key by its ARN, which
     * would otherwise read as a customer's key.
     */
    Optional<String> awsManagedAlias(String moduleAddress, String resource, List<String> attributePath) {
        Optional<MappingNode> module = module(moduleAddress);
        Optional<String> reference = module.flatMap(m -> resourceExpression(m, resource, attributePath))
                .flatMap(this::firstReference).filter(r -> r.startsWith("data.aws_kms_"));
        if (module.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = reference.get().split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        MappingNode source = resourcesByAddress.computeIfAbsent(module.get(), PlanConfiguration::index)
                .get("data." + parts[1] + "." + stripIndex(parts[2]));
        String argument = parts[1].equals("aws_kms_alias") ? "name" : "key_id";
        return Optional.ofNullable(source).flatMap(d -> child(d, "expressions")).flatMap(e -> child(e, argument))
                .flatMap(a -> a.get("constant_value")).filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text()).filter(name -> name != null && name.startsWith("alias/aws/"));
    }
}
