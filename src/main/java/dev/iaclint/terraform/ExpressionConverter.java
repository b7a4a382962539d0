package dev.iaclint.terraform;

import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns HCL syntax into the common model, for one module instance. Every reference is qualified
 * by the module's address ({@code module.kb.}), so references from all modules of a configuration
 * can be resolved in one unit: {@code var.key} in module {@code kb} becomes {@code module.kb.var.key}.
 */
final class ExpressionConverter {

    /** How a call whose last argument is expanded ({@code f(a, list...)}) ends its function name. */
    static final String EXPANDED_CALL = "(...)";

    /** The function of steps into a computed value; with the value as its only argument, not followed. */
    static final String TRAVERSAL = "traversal";

    private final String qualifier;

    /** @param qualifier the module address followed by a dot, or "" for the root module */
    ExpressionConverter(String qualifier) {
        this.qualifier = qualifier;
    }

    /** A body as a mapping: attributes by name, nested blocks by type as lists (a block may repeat). */
    MappingNode body(Body body, Location location) {
        Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        Map<String, List<Node>> blocks = new LinkedHashMap<>();
        Map<String, Location> blockKeys = new LinkedHashMap<>();
        for (Body.Item item : body.items()) {
            if (item instanceof Body.Attribute attribute) {
                entries.put(attribute.name(), new MappingNode.Entry(attribute.name(), attribute.nameSpan(),
                        convert(attribute.value())));
            } else if (item instanceof Body.Block block && DynamicBlocks.isDynamic(block)) {
                String type = block.labels().get(0);
                blocks.computeIfAbsent(type, t -> new ArrayList<>()).add(DynamicBlocks.declaration(block, this));
                blockKeys.putIfAbsent(type, headerOf(block));
            } else if (item instanceof Body.Block block) {
                blocks.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(body(block.body(), block.span()));
                blockKeys.putIfAbsent(block.type(), headerOf(block));
            }
        }
        List<MappingNode.Entry> all = new ArrayList<>(entries.values());
        blocks.forEach((type, items) -> all.add(new MappingNode.Entry(type, blockKeys.get(type),
                new SequenceNode(blockKeys.get(type), items))));
        return new MappingNode(location, all);
    }

    /** Where a block's header starts: its type keyword. */
    static Location headerOf(Body.Block block) {
        Location span = block.span();
        return new Location(span.file(), span.line(), span.column(), span.line(), span.column() + block.type().length());
    }

    /** The module address and a dot that qualifies this module's names ("" for the root). */
    String qualifier() {
        return qualifier;
    }

    Node convert(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return scalar(literal.span(), literal.value());
        }
        if (expr instanceof Expr.Template template) {
            return new ExpressionNode(template.span(), ExpressionNode.TEMPLATE, convertAll(template.parts()));
        }
        if (expr instanceof Expr.Variable variable) {
            return reference(variable.span(), variable.name(), List.of());
        }
        if (expr instanceof Expr.Traversal traversal) {
            return traversal(traversal);
        }
        if (expr instanceof Expr.Tuple tuple) {
            return new SequenceNode(tuple.span(), convertAll(tuple.items()));
        }
        if (expr instanceof Expr.ObjectCons object) {
            return object(object);
        }
        if (expr instanceof Expr.Call call) {
            return new ExpressionNode(call.span(), call.name() + (call.expandFinal() ? EXPANDED_CALL : "()"),
                    convertAll(call.arguments()));
        }
        if (expr instanceof Expr.Conditional conditional) {
            return new ExpressionNode(conditional.span(), ExpressionNode.CONDITIONAL, List.of(
                    convert(conditional.condition()), convert(conditional.whenTrue()), convert(conditional.whenFalse())));
        }
        if (expr instanceof Expr.Unary unary) {
            return new ExpressionNode(unary.span(), unary.operator(), List.of(convert(unary.operand())));
        }
        if (expr instanceof Expr.Binary binary) {
            return new ExpressionNode(binary.span(), binary.operator(),
                    List.of(convert(binary.left()), convert(binary.right())));
        }
        if (expr instanceof Expr.Parenthesized parenthesized) {
            return convert(parenthesized.inner());
        }
        // for expressions and template directives: kept, with the references inside them.
        return new ExpressionNode(expr.span(), expr instanceof Expr.For ? "for" : "template directive", List.of());
    }

    private List<Node> convertAll(List<Expr> exprs) {
        List<Node> nodes = new ArrayList<>(exprs.size());
        exprs.forEach(e -> nodes.add(convert(e)));
        return nodes;
    }

    private static ScalarNode scalar(Location location, Object value) {
        String raw = value == null ? "null" : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
        return new ScalarNode(location, raw, value);
    }

    private Node object(Expr.ObjectCons object) {
        List<MappingNode.Entry> entries = new ArrayList<>();
        for (Expr.ObjectCons.Item item : object.items()) {
            if (!(item.key() instanceof Expr.Literal key) || key.value() == null) {
                return new ExpressionNode(object.span(), "object with computed keys", List.of());
            }
            entries.add(new MappingNode.Entry(String.valueOf(key.value()), key.span(), convert(item.value())));
        }
        return new MappingNode(object.span(), entries);
    }

    /**
     * {@code aws_kms_key.k[0].arn} becomes a reference to {@code aws_kms_key.k} with path
     * {@code [arn]} (one resource stands for all its instances); {@code var.x},
     * {@code local.x}, {@code module.m} and {@code data.t.n} likewise name their target.
     */
    private Node traversal(Expr.Traversal traversal) {
        if (!(traversal.source() instanceof Expr.Variable root)) {
            return stepsInto(traversal);
        }
        List<String> names = new ArrayList<>();
        names.add(root.name());
        // data.TYPE.NAME takes three names; var.X, local.X, module.M and TYPE.NAME two.
        int width = root.name().equals("data") ? 3 : 2;
        List<String> path = new ArrayList<>();
        // Only resources, data sources and module calls have instances; var.x[0] indexes the value.
        boolean value = root.name().equals("var") || root.name().equals("local");
        boolean instanceKeys = !value;
        List<Expr.Step> steps = traversal.steps();
        for (int i = 0; i < steps.size(); i++) {
            Expr.Step step = steps.get(i);
            if (value && names.size() == width && step instanceof Expr.Step.Index index
                    && !(index.key() instanceof Expr.Literal)) {
                // local.keys[var.env]: the key is computed, so the rest is followed when it is known.
                return stepsInto(reference(traversal.span(), String.join(".", names), path), steps.subList(i, steps.size()),
                        traversal.span());
            }
            if (step instanceof Expr.Step.Splat) {
                return new ExpressionNode(traversal.span(), "splat", List.of());
            }
            String text;
            if (step instanceof Expr.Step.Attribute attribute) {
                text = attribute.name();
            } else {
                Expr key = ((Expr.Step.Index) step).key();
                if (names.size() == width && instanceKeys) {
                    continue; // an instance key of count or for_each: the block stands for every instance
                }
                text = key instanceof Expr.Literal literal ? "[" + literal.value() + "]" : "[*]";
            }
            if (names.size() < width) {
                names.add(text);
            } else {
                instanceKeys = false;
                path.add(text);
            }
        }
        return reference(traversal.span(), String.join(".", names), path);
    }

    /**
     * Steps into a value that is not a name ({@code jsondecode(x)["key"]}, {@code merge(a, b).tags}):
     * an expression of function {@link #TRAVERSAL} whose arguments are the value, then each step's
     * key (an attribute's name as a string). A splat is not followed.
     */
    private Node stepsInto(Expr.Traversal traversal) {
        return stepsInto(convert(traversal.source()), traversal.steps(), traversal.span());
    }

    private Node stepsInto(Node source, List<Expr.Step> steps, Location span) {
        List<Node> arguments = new ArrayList<>();
        arguments.add(source);
        for (Expr.Step step : steps) {
            if (step instanceof Expr.Step.Splat) {
                return new ExpressionNode(span, TRAVERSAL, List.of(source));
            }
            arguments.add(step instanceof Expr.Step.Attribute attribute
                    ? ScalarNode.ofString(span, attribute.name())
                    : convert(((Expr.Step.Index) step).key()));
        }
        return new ExpressionNode(span, TRAVERSAL, arguments);
    }

    private ReferenceNode reference(Location location, String target, List<String> path) {
        return new ReferenceNode(location, qualifier + target, path, "terraform");
    }
}
