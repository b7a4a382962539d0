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
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.terraform.functions.Functions;
import dev.iaclint.terraform.functions.ModuleFiles;
import dev.iaclint.terraform.functions.Values;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Terraform root module with its local child modules, as one unit. Names are qualified by
 * module address, so {@code module.kb.var.key} is the child's variable, bound to what the root
 * passed. Resolves variables (tfvars, module arguments, defaults; a null default is null),
 * locals, module outputs, decidable conditionals, templates of known parts, index and attribute steps into known
 * collections, and the Terraform functions of {@link Functions} whose arguments are known.
 */
final class TerraformUnit extends IndexedUnit {

    /** Deeper than any sane chain of locals and module outputs; a cycle ends here as unknown. */
    private static final int MAX_RESOLUTION_DEPTH = 64;
    /** The longest string a template may make: a budget, exceeding it is an error of the module. */
    static final int MAX_EVALUATED_STRING = 1 << 20;

    /** The name, after a module's qualifier, of the module's folder among the values. */
    static final String PATH_MODULE = "path.module";

    private final Map<String, Node> values;
    private final Map<String, String> remoteModules;
    /** What file() may read: the folders of this unit's modules. */
    private final ModuleFiles files;
    private final FileSystem fileSystem;
    /** Files and folders looked at besides the parsed source files, shared by the units of one load. */
    private final Set<Path> alsoRead;
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
     * @param alsoRead      what the load looked at besides the source files (a thread-safe set);
     *                      what {@code file()} and {@code templatefile()} ask for is added to it
     */
    TerraformUnit(String name, List<Resource> resources, Map<String, Node> values, Map<String, String> remoteModules,
                  FileSystem fileSystem, Set<Path> alsoRead) {
        super(name, Format.TERRAFORM, resources);
        this.values = Map.copyOf(values);
        this.remoteModules = Map.copyOf(remoteModules);
        this.fileSystem = fileSystem;
        this.alsoRead = alsoRead;
        this.files = ModuleFiles.inside(values.entrySet().stream().filter(e -> e.getKey().endsWith(PATH_MODULE))
                .map(Map.Entry::getValue).filter(ScalarNode.class::isInstance)
                .map(folder -> fileSystem.getPath(((ScalarNode) folder).text())).toList(), alsoRead);
    }

    @Override
    public Set<Path> alsoRead() {
        return Set.copyOf(alsoRead);
    }

    /** The file system the modules were read from: the disk, or the memory tree of a commit. */
    FileSystem fileSystem() {
        return fileSystem;
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
            case "path" -> values.containsKey(target) ? value(reference, target, reference.attributePath(), shown)
                    : new UnknownNode(reference.location(), shown + ", known only when Terraform runs");
            case "each", "count", "self", "terraform" ->
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

    /**
     * {@code data.aws_iam_policy_document.x.json} is the document the loader rendered; the ARN or id
     * of a KMS key or alias data source is the alias or key id it was looked up by; other data is unknown.
     */
    private Node renderedDocument(ReferenceNode reference, String target, String shown) {
        List<String> path = reference.attributePath();
        if (!path.isEmpty() && (path.get(0).equals("json") || path.get(0).equals("minified_json"))
                && values.containsKey(target + ".json")) {
            return resolve(values.get(target + ".json"));
        }
        if (!path.isEmpty() && KeyDataSources.identifiesTheKey(path.get(0)) && values.containsKey(target + KeyDataSources.KEY)
                && resolve(values.get(target + KeyDataSources.KEY)) instanceof ScalarNode named && named.text() != null) {
            return usedAt(named, reference.location());
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
            Optional<Node> next = step(current, path.get(i), at);
            if (next.isEmpty()) {
                return current instanceof UnknownNode ? current
                        : new UnknownNode(at.location(), at.display() + ", which cannot be followed here");
            }
            current = resolve(next.get());
        }
        return current;
    }

    /** {@code jsondecode(x)["key"]}: each step's key known, each step into a known collection. */
    private Node stepsInto(ExpressionNode traversal) {
        List<Node> arguments = traversal.arguments();
        if (arguments.size() < 2) {
            return traversal;
        }
        Node current = resolve(arguments.get(0));
        ReferenceNode at = new ReferenceNode(traversal.location(), "the value", List.of(), "terraform");
        for (Node key : arguments.subList(1, arguments.size())) {
            if (Values.isFailure(current)) {
                return current;
            }
            Node resolvedKey = resolve(key);
            if (!(resolvedKey instanceof ScalarNode scalar) || scalar.isNull()) {
                return traversal;
            }
            String text = scalar.value() instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : scalar.text();
            Optional<Node> next = step(current, "[" + text + "]", at);
            if (next.isEmpty()) {
                return traversal;
            }
            current = resolve(next.get());
        }
        return usedAt(current, traversal.location());
    }

    /**
     * One step into a known collection: an attribute or a key ({@code .name}, {@code ["name"]})
     * of a map, an index ({@code [0]}) of a list. A key the map lacks or an index past the end
     * is an error in Terraform; a step into something unknown or a computed key is undecided (empty).
     */
    private static Optional<Node> step(Node current, String step, ReferenceNode at) {
        boolean index = step.startsWith("[") && step.endsWith("]");
        String key = index ? step.substring(1, step.length() - 1) : step;
        if (index && key.equals("*")) {
            return Optional.empty();
        }
        if (current instanceof MappingNode mapping) {
            return Optional.of(mapping.get(key).orElseGet(() -> Values.failure(at.location(),
                    at.display() + " has no key \"" + key + "\"")));
        }
        if (current instanceof SequenceNode sequence && index) {
            try {
                int position = Integer.parseInt(key);
                return Optional.of(position >= 0 && position < sequence.items().size() ? sequence.items().get(position)
                        : Values.failure(at.location(), at.display() + " has no element " + position));
            } catch (NumberFormatException e) {
                return Optional.of(Values.failure(at.location(), at.display() + " is a list, not indexed by \"" + key + "\""));
            }
        }
        if (current instanceof ScalarNode scalar && scalar.isNull()) {
            return Optional.of(Values.failure(at.location(), at.display() + " steps into null"));
        }
        return Optional.empty();
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
            case PolicyDocumentLayers.FUNCTION -> PolicyDocumentLayers.merge(expression, this::resolve);
            case ExpressionConverter.TRAVERSAL -> stepsInto(expression);
            default -> call(expression);
        };
    }

    /**
     * A function call ({@code name()}, or {@code name(...)} when its last argument is expanded):
     * the value when its arguments are known, else the call itself, which stands for its unknown value.
     */
    private Node call(ExpressionNode expression) {
        String function = expression.function();
        boolean expanded = function.endsWith(ExpressionConverter.EXPANDED_CALL);
        if (!function.endsWith("()") && !expanded) {
            return expression;
        }
        String name = function.substring(0, function.length() - (expanded ? ExpressionConverter.EXPANDED_CALL.length() : 2));
        List<Node> arguments = new ArrayList<>();
        expression.arguments().forEach(argument -> arguments.add(resolve(argument)));
        if (expanded) {
            if (!(arguments.remove(arguments.size() - 1) instanceof SequenceNode last)) {
                return expression;
            }
            arguments.addAll(last.items());
        }
        return Functions.call(name, arguments, expression.location(), files).orElse(expression);
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

    private static Optional<Boolean> bool(Node node) {
        return node instanceof ScalarNode scalar && scalar.value() instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    private static ScalarNode bool(Location location, boolean value) {
        return new ScalarNode(location, String.valueOf(value), value);
    }
}
