package dev.iaclint.cloudformation;

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
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonTemplate;
import dev.iaclint.parse.SourceLines;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One CloudFormation template. Resolves {@code Ref} to parameter defaults and pseudo-parameters,
 * decides {@code Fn::If} where its condition follows from known values, and evaluates
 * {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select} and {@code Fn::FindInMap} over what is known.
 */
final class CloudFormationUnit extends IndexedUnit {

    private static final String NO_VALUE = "AWS::NoValue";

    private final MappingNode parameters;
    /** The longest string Fn::Join and Fn::Sub may make: a budget, exceeding it is an error of the template. */
    static final int MAX_EVALUATED_STRING = 1 << 20;
    private final MappingNode conditions;
    /**
     * Each condition evaluated once: {@code !Or [Cn-1, Cn-1]} chains would otherwise take
     * exponential time (2.5 KB of them never finished).
     */
    private final Map<String, Optional<Boolean>> decidedConditions = new HashMap<>();
    private final MappingNode mappings;

    CloudFormationUnit(String name, List<Resource> resources, MappingNode parameters, MappingNode conditions,
                       MappingNode mappings) {
        super(name, Format.CLOUDFORMATION, resources);
        this.parameters = parameters;
        this.conditions = conditions;
        this.mappings = mappings;
    }

    @Override
    public Optional<Resource> referencedResource(ReferenceNode reference) {
        return resource(reference.target());
    }

    @Override
    public Node resolve(Node node) {
        if (node instanceof ReferenceNode reference) {
            return resolveReference(reference);
        }
        if (node instanceof ExpressionNode expression) {
            return resolveExpression(expression);
        }
        return node;
    }

    private Node resolveReference(ReferenceNode reference) {
        String target = reference.target();
        if (hasResource(target)) {
            return reference;
        }
        if (!Intrinsics.REF.equals(reference.syntax())) {
            return new UnknownNode(reference.location(), reference.display() + ", which names no resource of " + name());
        }
        if (NO_VALUE.equals(target)) {
            return ScalarNode.ofNull(reference.location());
        }
        if (target.startsWith("AWS::")) {
            return new UnknownNode(reference.location(), "the pseudo parameter " + target + ", known only at deployment");
        }
        Optional<Node> parameter = parameters.get(target);
        if (parameter.isEmpty()) {
            return new UnknownNode(reference.location(), "Ref " + target + ", which names nothing in " + name());
        }
        return parameterValue(target, parameter.get(), reference.location());
    }

    private static Node parameterValue(String parameter, Node declaration, Location at) {
        if (!(declaration instanceof MappingNode body)) {
            return new UnknownNode(at, "parameter " + parameter);
        }
        String type = body.get("Type").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse("");
        if (type.startsWith("AWS::SSM::Parameter::Value")) {
            return new UnknownNode(at, "parameter " + parameter + ", read from SSM Parameter Store at deployment");
        }
        return body.get("Default").map(value -> usedAt(value, at))
                .orElseGet(() -> new UnknownNode(at, "parameter " + parameter + ", which has no default"));
    }

    private Node resolveExpression(ExpressionNode expression) {
        List<Node> args = expression.arguments();
        return switch (expression.function()) {
            case "Fn::If" -> args.size() == 3 ? resolveIf(expression) : expression;
            case "Fn::Sub" -> resolveSub(expression);
            case "Fn::Join" -> args.size() == 2 ? resolveJoin(expression) : expression;
            case "Fn::Select" -> args.size() == 2 ? resolveSelect(expression) : expression;
            case "Fn::FindInMap" -> args.size() >= 3 ? resolveFindInMap(expression) : expression;
            case "Fn::Length" -> resolveLength(expression);
            case "Fn::ToJsonString" -> resolveToJsonString(expression);
            case "Fn::ImportValue" -> new UnknownNode(expression.location(),
                    "a value imported from another stack (Fn::ImportValue)");
            default -> expression;
        };
    }

    /** The value of a named condition, where it follows from known values. */
    Optional<Boolean> decide(String condition) {
        return new ConditionEvaluator(this, conditions, decidedConditions).evaluate(condition);
    }

    private Node resolveIf(ExpressionNode expression) {
        Node conditionName = expression.arguments().get(0);
        Optional<Boolean> decided = conditionName instanceof ScalarNode scalar && scalar.text() != null
                ? decide(scalar.text())
                : Optional.empty();
        if (decided.isPresent()) {
            return resolve(expression.arguments().get(decided.get() ? 1 : 2));
        }
        return new ExpressionNode(expression.location(), ExpressionNode.CONDITIONAL, List.of(conditionName,
                resolve(expression.arguments().get(1)), resolve(expression.arguments().get(2))));
    }

    private Node resolveSub(ExpressionNode expression) {
        List<Node> args = expression.arguments();
        if (!(resolve(args.get(0)) instanceof ScalarNode template) || template.text() == null) {
            return expression;
        }
        MappingNode variables = args.size() > 1 && resolve(args.get(1)) instanceof MappingNode m ? m : null;
        List<Node> parts = new ArrayList<>();
        // A literal block (!Sub |) lies line for line in the file: each literal part says where.
        int line = SourceLines.firstLine(template.location(), template.text());
        for (SubString.Part part : SubString.parse(template.text()).parts()) {
            if (!part.variable()) {
                int breaks = (int) part.text().chars().filter(c -> c == '\n').count();
                parts.add(ScalarNode.ofString(line == 0 ? expression.location()
                        : new Location(template.location().file(), line, 1, line + breaks, 1), part.text()));
                line += line == 0 ? 0 : breaks;
            } else if (variables != null && variables.get(part.text()).isPresent()) {
                parts.add(resolve(variables.get(part.text()).get()));
            } else {
                parts.add(resolve(subVariable(part.text(), expression.location())));
            }
        }
        Node resolved = template(expression.location(), parts);
        // A JSON document (a key policy) with substitutions is read for what does not depend on them.
        return resolved instanceof ExpressionNode ? subJson(expression.location(), parts).orElse(resolved) : resolved;
    }

    private static Optional<Node> subJson(Location at, List<Node> parts) {
        if (!(parts.get(0) instanceof ScalarNode first && first.isString() && first.text().stripLeading().startsWith("{"))) {
            return Optional.empty();
        }
        try {
            Node document = JsonTemplate.parse(at, parts);
            return document instanceof MappingNode ? Optional.of(document) : Optional.empty();
        } catch (InputException notJsonYet) {
            return Optional.empty(); // the substitutions may make it JSON: Fn::Sub stays what it is
        }
    }

    private static ReferenceNode subVariable(String variable, Location location) {
        int dot = variable.indexOf('.');
        if (dot > 0 && !variable.startsWith("AWS::")) {
            return new ReferenceNode(location, variable.substring(0, dot), List.of(variable.substring(dot + 1)),
                    Intrinsics.GET_ATT);
        }
        return new ReferenceNode(location, variable, List.of(), Intrinsics.REF);
    }

    private Node resolveJoin(ExpressionNode expression) {
        Node delimiter = resolve(expression.arguments().get(0));
        Node list = resolve(expression.arguments().get(1));
        if (!(delimiter instanceof ScalarNode separator) || !(list instanceof SequenceNode items)) {
            return new UnknownNode(expression.location(), "a value joined by Fn::Join from values known at deployment");
        }
        List<Node> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (i > 0) {
                parts.add(ScalarNode.ofString(expression.location(), separator.text() == null ? "" : separator.text()));
            }
            parts.add(resolve(items.items().get(i)));
        }
        return template(expression.location(), parts);
    }

    /** A single string where every part is known, else a {@link ExpressionNode#TEMPLATE} of the parts. */
    private static Node template(Location location, List<Node> parts) {
        long length = 0;
        for (Node part : parts) {
            if (!(part instanceof ScalarNode scalar) || scalar.text() == null) {
                return new ExpressionNode(location, ExpressionNode.TEMPLATE, parts);
            }
            length += scalar.text().length();
        }
        if (length > MAX_EVALUATED_STRING) {
            // 20,000 aliases of a 200 KB scalar in one Fn::Join would be 4 GB of text.
            throw new InputException(location, "Fn::Join or Fn::Sub here makes a string of " + length
                    + " characters, more than the " + MAX_EVALUATED_STRING + " iac-lint evaluates");
        }
        StringBuilder text = new StringBuilder((int) length);
        for (Node part : parts) {
            text.append(((ScalarNode) part).text());
        }
        return ScalarNode.ofString(location, text.toString());
    }

    private Node resolveSelect(ExpressionNode expression) {
        Node index = resolve(expression.arguments().get(0));
        Node list = resolve(expression.arguments().get(1));
        if (index instanceof ScalarNode i && list instanceof SequenceNode items) {
            try {
                int at = new BigDecimal(i.text()).intValueExact();
                if (at >= 0 && at < items.items().size()) {
                    return resolve(items.items().get(at));
                }
            } catch (ArithmeticException | NumberFormatException | NullPointerException notAnIndex) {
                // falls through to unknown
            }
        }
        return new UnknownNode(expression.location(), "a value chosen by Fn::Select at deployment");
    }

    private Node resolveFindInMap(ExpressionNode expression) {
        Node current = mappings;
        for (Node key : expression.arguments().subList(0, 3)) {
            Node resolvedKey = resolve(key);
            if (!(resolvedKey instanceof ScalarNode scalar) || scalar.text() == null
                    || !(current instanceof MappingNode mapping)) {
                return new UnknownNode(expression.location(), "a value looked up by Fn::FindInMap at deployment");
            }
            Optional<Node> next = mapping.get(scalar.text());
            if (next.isEmpty() && defaultValue(expression).isPresent()) {
                return usedAt(resolve(defaultValue(expression).get()), expression.location());
            }
            if (next.isEmpty()) {
                return new UnknownNode(expression.location(), "Fn::FindInMap key " + scalar.text() + ", absent from Mappings");
            }
            current = next.get();
        }
        return usedAt(resolve(current), expression.location());
    }

    /** The {@code DefaultValue} of the language extensions' fourth {@code Fn::FindInMap} argument. */
    private static Optional<Node> defaultValue(ExpressionNode findInMap) {
        return findInMap.arguments().size() == 4 && findInMap.arguments().get(3) instanceof MappingNode options
                ? options.get("DefaultValue") : Optional.empty();
    }

    /** {@code Fn::Length} of a written list (its items are the arguments) or of a list parameter. */
    private Node resolveLength(ExpressionNode expression) {
        Node list = argumentList(expression);
        Node resolved = resolve(list);
        int length;
        if (resolved instanceof SequenceNode items) {
            length = items.items().size();
        } else if (resolved instanceof ScalarNode scalar && scalar.isString()) {
            length = scalar.text().split(",", -1).length; // a CommaDelimitedList parameter's default
        } else {
            return new UnknownNode(expression.location(), "the length of a list known only at deployment (Fn::Length)");
        }
        return new ScalarNode(expression.location(), Integer.toString(length), BigDecimal.valueOf(length));
    }

    /**
     * The JSON text of a value whose every part is known; otherwise the value itself, resolved, so
     * a document written with {@code Fn::ToJsonString} (a key policy) is still read where it is known.
     */
    private Node resolveToJsonString(ExpressionNode expression) {
        Node value = resolve(argumentList(expression));
        return JsonText.of(this, value).<Node>map(json -> ScalarNode.ofString(expression.location(), json))
                .orElse(value);
    }

    /** The one argument, or the written list whose items became the arguments. */
    private static Node argumentList(ExpressionNode expression) {
        List<Node> args = expression.arguments();
        return args.size() == 1 ? args.get(0) : new SequenceNode(expression.location(), args);
    }

    /**
     * A scalar looked up elsewhere (a parameter default, a mapping entry) takes the place where it
     * is used, so a finding points at the property rather than at the Parameters or Mappings section.
     */
    private static Node usedAt(Node value, Location useSite) {
        return value instanceof ScalarNode s ? new ScalarNode(useSite, s.raw(), s.value()) : value;
    }

    /** Evaluates the template's {@code Conditions} over known values; a cycle or an unknown leaves it undecided. */
    private static final class ConditionEvaluator {

        private final CloudFormationUnit unit;
        private final MappingNode conditions;
        private final Set<String> inProgress = new HashSet<>();
        private final Map<String, Optional<Boolean>> decided;

        ConditionEvaluator(CloudFormationUnit unit, MappingNode conditions, Map<String, Optional<Boolean>> decided) {
            this.unit = unit;
            this.conditions = conditions;
            this.decided = decided;
        }

        Optional<Boolean> evaluate(String condition) {
            Optional<Boolean> known = decided.get(condition);
            if (known != null) {
                return known;
            }
            Optional<Node> body = conditions.get(condition);
            if (body.isEmpty() || !inProgress.add(condition)) {
                return Optional.empty();
            }
            try {
                Optional<Boolean> value = evaluate(body.get());
                decided.put(condition, value);
                return value;
            } finally {
                inProgress.remove(condition);
            }
        }

        private Optional<Boolean> evaluate(Node node) {
            if (!(node instanceof ExpressionNode expression)) {
                Node resolved = unit.resolve(node);
                return resolved instanceof ScalarNode s && s.value() instanceof Boolean b ? Optional.of(b) : Optional.empty();
            }
            List<Node> args = expression.arguments();
            return switch (expression.function()) {
                case "Fn::Equals" -> args.size() == 2 ? equal(args.get(0), args.get(1)) : Optional.empty();
                case "Fn::Not" -> args.size() == 1 ? evaluate(args.get(0)).map(b -> !b) : Optional.empty();
                case "Fn::And" -> combine(args, false);
                case "Fn::Or" -> combine(args, true);
                case Intrinsics.CONDITION -> args.size() == 1 && args.get(0) instanceof ScalarNode s && s.text() != null
                        ? evaluate(s.text()) : Optional.empty();
                default -> Optional.empty();
            };
        }

        private Optional<Boolean> equal(Node left, Node right) {
            Node a = unit.resolve(left);
            Node b = unit.resolve(right);
            if (a instanceof ScalarNode x && b instanceof ScalarNode y && x.text() != null && y.text() != null) {
                return Optional.of(x.text().equals(y.text()));
            }
            return Optional.empty();
        }

        /** Three-valued: one deciding operand (true for Or, false for And) settles it even beside unknowns. */
        private Optional<Boolean> combine(List<Node> operands, boolean deciding) {
            boolean unknown = false;
            for (Node operand : operands) {
                Optional<Boolean> value = evaluate(operand);
                if (value.isEmpty()) {
                    unknown = true;
                } else if (value.get() == deciding) {
                    return Optional.of(deciding);
                }
            }
            return unknown ? Optional.empty() : Optional.of(!deciding);
        }
    }
}
