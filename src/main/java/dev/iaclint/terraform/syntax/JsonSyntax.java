package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.TagHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's JSON syntax ({@code .tf.json}, {@code .tfvars.json}) read into the same syntax
 * tree as native HCL, with positions. Blocks are named by nesting ({@code resource} → type →
 * name → body); strings are templates ({@code "${var.x}"}), except where Terraform reads them as
 * literal values (variable defaults, tfvars); keys named {@code //} are comments.
 *
 * <p>Without a provider schema, JSON cannot tell a nested block from an attribute whose value
 * is an object; both read the same for the fields iac-lint follows, and the few blocks the
 * loader itself reads ({@code lifecycle}, {@code default_tags}, {@code backend}) are blocks.
 */
public final class JsonSyntax {

    /** Block types and how many labels each takes. */
    private static final Map<String, Integer> LABELS = Map.of("resource", 2, "data", 2, "variable", 1, "output", 1,
            "module", 1, "provider", 1, "locals", 0, "terraform", 0, "moved", 0, "import", 0);
    private static final Set<String> NESTED_BLOCKS = Set.of("lifecycle", "default_tags", "backend", "cloud",
            "required_providers");
    private static final String COMMENT = "//";

    private JsonSyntax() {
    }

    /** A {@code .tf.json} file. */
    public static Body configuration(String file, String text) {
        MappingNode top = object(JsonNodeReader.read(file, text, TagHandler.NONE), "a Terraform JSON file");
        List<Body.Item> items = new ArrayList<>();
        for (MappingNode.Entry entry : top.entries()) {
            if (entry.key().equals(COMMENT)) {
                continue;
            }
            Integer labels = LABELS.get(entry.key());
            if (labels == null) {
                throw new InputException(entry.keyLocation(), "unknown block type '" + entry.key() + "'");
            }
            blocks(entry.key(), labels, new ArrayList<>(), entry.value(), entry.keyLocation(), items);
        }
        return new Body(items);
    }

    /** A {@code .tfvars.json} file: its values are literal. */
    public static Body variables(String file, String text) {
        MappingNode top = object(JsonNodeReader.read(file, text, TagHandler.NONE), "a variables file");
        List<Body.Item> items = new ArrayList<>();
        for (MappingNode.Entry entry : top.entries()) {
            items.add(new Body.Attribute(entry.keyLocation(), entry.key(), entry.keyLocation(), literal(entry.value())));
        }
        return new Body(items);
    }

    /** The blocks under a type: one level of object per label, then the body (or a list of bodies). */
    private static void blocks(String type, int labelsLeft, List<String> labels, Node value, Location at,
                               List<Body.Item> into) {
        if (labelsLeft > 0) {
            for (MappingNode.Entry entry : object(value, "the " + type + " block's labels").entries()) {
                if (!entry.key().equals(COMMENT)) {
                    List<String> more = new ArrayList<>(labels);
                    more.add(entry.key());
                    blocks(type, labelsLeft - 1, more, entry.value(), entry.keyLocation(), into);
                }
            }
            return;
        }
        if (value instanceof SequenceNode bodies) {
            bodies.items().forEach(body -> into.add(block(type, labels, body, at)));
        } else {
            into.add(block(type, labels, value, at));
        }
    }

    private static Body.Block block(String type, List<String> labels, Node value, Location at) {
        boolean literalDefaults = type.equals("variable");
        List<Body.Item> items = new ArrayList<>();
        for (MappingNode.Entry entry : object(value, "a " + type + " block").entries()) {
            if (entry.key().equals(COMMENT)) {
                continue;
            }
            if (NESTED_BLOCKS.contains(entry.key()) && (entry.value() instanceof MappingNode
                    || entry.value() instanceof SequenceNode)) {
                blocks(entry.key(), 0, List.of(), entry.value(), entry.keyLocation(), items);
            } else {
                Expr expr = literalDefaults && !entry.key().equals("type") && !entry.key().equals("validation")
                        ? literal(entry.value()) : expression(entry.value());
                items.add(new Body.Attribute(entry.keyLocation(), entry.key(), entry.keyLocation(), expr));
            }
        }
        return new Body.Block(at, type, labels, new Body(items));
    }

    /** A value as an expression: strings are templates. */
    private static Expr expression(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String text) {
            if (!text.contains("${") && !text.contains("%{")) {
                return new Expr.Literal(node.location(), text);
            }
            return Relocated.at(HclParser.parseTemplate(node.location().file(), text), node.location());
        }
        if (node instanceof SequenceNode list) {
            return new Expr.Tuple(node.location(), list.items().stream().map(JsonSyntax::expression).toList());
        }
        if (node instanceof MappingNode map) {
            return new Expr.ObjectCons(node.location(), map.entries().stream().filter(e -> !e.key().equals(COMMENT))
                    .map(e -> new Expr.ObjectCons.Item(new Expr.Literal(e.keyLocation(), e.key()), expression(e.value())))
                    .toList());
        }
        return literal(node);
    }

    /** A value as written, strings included. */
    private static Expr literal(Node node) {
        if (node instanceof SequenceNode list) {
            return new Expr.Tuple(node.location(), list.items().stream().map(JsonSyntax::literal).toList());
        }
        if (node instanceof MappingNode map) {
            return new Expr.ObjectCons(node.location(), map.entries().stream()
                    .map(e -> new Expr.ObjectCons.Item(new Expr.Literal(e.keyLocation(), e.key()), literal(e.value())))
                    .toList());
        }
        return new Expr.Literal(node.location(), ((ScalarNode) node).value());
    }

    private static MappingNode object(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new InputException(node.location(), what + " must be a JSON object");
    }
}
