package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Format;
import dev.iaclint.model.IndexedUnit;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform root module with its local child modules, as one unit. Names are qualified by
 * module address, so {@code module.kb.var.key} is the child's variable, bound to what the root
 * passed. Resolves variables (tfvars, module arguments, defaults; a null default is null),
 * locals, module outputs, decidable conditionals, templates of known parts, and the functions
 * that matter for keys and tags: {@code jsonencode}, {@code merge}, {@code coalesce}, {@code tostring}.
 */
final class TerraformUnit extends IndexedUnit {

    /** Deeper than any sane chain of locals and module outputs; a cycle ends here as unknown. */
    private static final int MAX_RESOLUTION_DEPTH = 64;
    /** The longest string a template may make: a budget, exceeding it is an error of the module. */
    static final int MAX_EVALUATED_STRING = 1 << 20;

    private final Map<String, Node> values;
    private final Map<String, String> remoteModules;
    private int depth;
    /**
     * Each variable, local and output resolved once: {@code merge(local.a, local.a)} chains would
     * otherwise resolve the same value exponentially many times (2.5 KB of them never finished).
     */
    private final Map<String, Node> resolvedValues = new java.util.HashMap<>();
    /** How many times the depth limit has cut a resolution short. */
    private int truncated;

    /**
     * @param values        qualified names ({@code var.x}, {@code module.kb.local.y},
     *                      {@code module.kb.output.z}) to their value nodes
     * @param remoteModules qualified module addresses whose source is not local, to that source
     */
    TerraformUnit(String name, List<Resource> resources, Map<String, Node> values, Map<String, String> remoteModules) {
        super(name, Format.TERRAFORM, resources);
        this.values = Map.copyOf(values);
        this.remoteModules = Map.copyOf(remoteModules);
    }

    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        return resource(reference.target());
    }

    @Override
    public Node resolve(Node node) {
        if (!(node instanceof ReferenceNode) && !(node instanceof ExpressionNode)) {
            return node;
        }
        if (depth >= MAX_RESOLUTION_DEPTH) {
            truncated++;
            return new UnknownNode(node.location(), "a chain of references that never ends (a cycle?)");
        }
        depth++;
        try {
            return node instanceof ReferenceNode reference ? reference(reference) : expression((ExpressionNode) node);
        } finally {
            depth--;
        }
    }

    // ---- references ---------------------------------------------------------------------------

    private Node reference(ReferenceNode reference) {
        String target = reference.target();
        String[] names = target.split("\\.");
        int scope = 0;
        while (scope + 2 < names.length && names[scope].equals("module")) {
            scope += 2;
        }
        String qualifier = String.join(".", Arrays.copyOfRange(names, 0, scope));
        String prefix = qualifier.isEmpty() ? "" : qualifier + ".";
        String shown = target.substring(prefix.length());
        return switch (names[scope]) {
            case "var", "local" -> value(reference, target, reference.attributePath(), shown);
            case "module" -> moduleOutput(reference, target, shown);
            case "data" -> renderedDocument(reference, target, shown);
            case "each", "count", "path", "self", "terraform" ->
                    new UnknownNode(reference.location(), shown + ", known only when Terraform runs");
            default -> hasResource(target) ? reference
                    : new UnknownNode(reference.location(), shown + ", which names no resource of " + name());
        };
    }

    private Node value(ReferenceNode reference, String key, List<String> path, String shown) {
        Node value = values.get(key);
        if (value == null) {
            return new UnknownNode(reference.location(), shown + ", which is not declared");
        }
        if (value instanceof UnknownNode unknown) {
            return new UnknownNode(reference.location(), unknown.reason());
        }
        Node resolved = resolvedValues.get(key);
        if (resolved == null) {
            int truncatedBefore = truncated;
            resolved = resolve(value);
            // A value cut short by the depth limit here may resolve when reached from nearer: not kept.
            if (truncated == truncatedBefore) {
                resolvedValues.put(key, resolved);
            }
        }
        return usedAt(walk(resolved, path, reference), reference.location());
    }

    /** {@code data.aws_iam_policy_document.x.json} is the document the loader rendered; other data is unknown. */
    private Node renderedDocument(ReferenceNode reference, String target, String shown) {
        List<String> path = reference.attributePath();
        if (!path.isEmpty() && (path.get(0).equals("json") || path.get(0).equals("minified_json"))
                && values.containsKey(target + ".json")) {
            return resolve(values.get(target + ".json"));
        }
        return new UnknownNode(reference.location(), "the data source " + shown + ", read at plan time");
    }

    private Node moduleOutput(ReferenceNode reference, String module, String shown) {
        if (remoteModules.containsKey(module)) {
            return new UnknownNode(reference.location(), "an output of " + shown + ", whose source "
                    + remoteModules.get(module) + " is not fetched");
        }
        if (reference.attributePath().isEmpty()) {
            return new UnknownNode(reference.location(), "the whole module " + shown);
        }
        String output = module + ".output." + reference.attributePath().get(0);
        List<String> rest = reference.attributePath().subList(1, reference.attributePath().size());
        return value(reference, output, rest, shown + "." + reference.attributePath().get(0));
    }

    /** Follows the rest of a traversal into what a name resolved to. */
    private Node walk(Node value, List<String> path, ReferenceNode at) {
        Node current = value;
        for (int i = 0; i < path.size(); i++) {
            if (current instanceof ReferenceNode reference) {
                List<String> longer = new ArrayList<>(reference.attributePath());
                longer.addAll(path.subList(i, path.size()));
                return new ReferenceNode(reference.location(), reference.target(), longer, reference.syntax());
            }
            if (!(current instanceof MappingNode mapping) || mapping.get(path.get(i)).isEmpty()) {
                return current instanceof UnknownNode ? current
                        : new UnknownNode(at.location(), at.display() + ", which cannot be followed here");
            }
            current = resolve(mapping.get(path.get(i)).get());
        }
        return current;
    }

    /**
     * A string found elsewhere (a variable default, a local) takes the place of the reference, so
     * findings point where it is used, in the resource.
     */
    private static Node usedAt(Node value, Location useSite) {
        if (value instanceof ScalarNode s) {
            return new ScalarNode(useSite, s.raw(), s.value());
        }
        if (value instanceof ExpressionNode e && ExpressionNode.TEMPLATE.equals(e.function())) {
            return new ExpressionNode(useSite, e.function(), e.arguments());
        }
        return value;
    }

    // ---- expressions --------------------------------------------------------------------------

    private Node expression(ExpressionNode expression) {
        List<Node> args = expression.arguments();
        return switch (expression.function()) {
            case ExpressionNode.CONDITIONAL -> conditional(expression);
            case ExpressionNode.TEMPLATE -> template(expression);
            case "==", "!=" -> equality(expression);
            case "!" -> bool(resolve(args.get(0))).map(b -> (Node) bool(expression.location(), !b)).orElse(expression);
            case "&&", "||" -> logic(expression);
            case "jsonencode()", "tostring()", "nonsensitive()", "sensitive()" ->
                    args.size() == 1 ? resolve(args.get(0)) : expression;
            case "merge()" -> merge(expression);
            case "coalesce()" -> coalesce(expression);
            default -> expression;
        };
    }

    private Node conditional(ExpressionNode expression) {
        List<Node> args = expression.arguments();
        Optional<Boolean> decided = bool(resolve(args.get(0)));
        if (decided.isPresent()) {
            return resolve(args.get(decided.get() ? 1 : 2));
        }
        return new ExpressionNode(expression.location(), ExpressionNode.CONDITIONAL,
                List.of(args.get(0), resolve(args.get(1)), resolve(args.get(2))));
    }

    private Node template(ExpressionNode expression) {
        List<Node> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean known = true;
        for (Node part : expression.arguments()) {
            Node resolved = resolve(part);
            parts.add(resolved);
            if (resolved instanceof ScalarNode scalar && scalar.text() != null) {
                if ((long) text.length() + scalar.text().length() > MAX_EVALUATED_STRING) {
                    // "${local.a}${local.a}" chains double a string per line: 30 lines are a gigabyte.
                    throw new InputException(expression.location(), "this string template makes more than the "
                            + MAX_EVALUATED_STRING + " characters iac-lint evaluates");
                }
                text.append(scalar.text());
            } else {
                known = false;
            }
        }
        return known ? ScalarNode.ofString(expression.location(), text.toString())
                : new ExpressionNode(expression.location(), ExpressionNode.TEMPLATE, parts);
    }

    private Node equality(ExpressionNode expression) {
        Node left = resolve(expression.arguments().get(0));
        Node right = resolve(expression.arguments().get(1));
        if (left instanceof ScalarNode a && right instanceof ScalarNode b) {
            boolean same = a.value() == null ? b.value() == null : a.text().equals(b.text());
            return bool(expression.location(), expression.function().equals("==") == same);
        }
        return expression;
    }

    private Node logic(ExpressionNode expression) {
        boolean deciding = expression.function().equals("||");
        boolean unknown = false;
        for (Node operand : expression.arguments()) {
            Optional<Boolean> value = bool(resolve(operand));
            if (value.isEmpty()) {
                unknown = true;
            } else if (value.get() == deciding) {
                return bool(expression.location(), deciding);
            }
        }
        return unknown ? expression : bool(expression.location(), !deciding);
    }

    private Node merge(ExpressionNode expression) {
        Map<String, MappingNode.Entry> merged = new LinkedHashMap<>();
        for (Node argument : expression.arguments()) {
            if (!(resolve(argument) instanceof MappingNode mapping)) {
                return expression;
            }
            mapping.entries().forEach(entry -> {
                merged.remove(entry.key());
                merged.put(entry.key(), entry);
            });
        }
        return new MappingNode(expression.location(), new ArrayList<>(merged.values()));
    }

    /** The first argument that is neither null nor empty; undecided when an unknown comes first. */
    private Node coalesce(ExpressionNode expression) {
        for (Node argument : expression.arguments()) {
            Node resolved = resolve(argument);
            if (resolved instanceof ScalarNode scalar && (scalar.isNull() || "".equals(scalar.value()))) {
                continue;
            }
            return resolved instanceof ScalarNode || resolved instanceof ReferenceNode ? resolved : expression;
        }
        return ScalarNode.ofNull(expression.location());
    }

    private static Optional<Boolean> bool(Node node) {
        return node instanceof ScalarNode scalar && scalar.value() instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    private static ScalarNode bool(Location location, boolean value) {
        return new ScalarNode(location, String.valueOf(value), value);
    }
}
