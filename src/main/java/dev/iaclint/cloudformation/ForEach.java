package dev.iaclint.cloudformation;

import dev.iaclint.model.Existence;
import dev.iaclint.model.ExpressionNode;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Expands {@code Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Template}]} of the
 * {@code AWS::LanguageExtensions} transform into the resources CloudFormation makes of it: one per
 * value, with {@code ${Identifier}} and {@code &{Identifier}} replaced in the logical id and
 * {@code Ref Identifier} and {@code ${Identifier}} in the body. Generated resources keep the
 * locations of the loop body, so findings point at the loop. When the collection is known only
 * at deployment, the body is kept once, its existence unknown.
 */
final class ForEach {

    static final String PREFIX = "Fn::ForEach::";

    /** A resource entry the loop generates, and whether it exists. */
    record Generated(MappingNode.Entry entry, Existence existence) {
    }

    private final UnaryOperator<Node> resolve;

    /** @param resolve resolves the collection over the template's parameters and mappings */
    ForEach(UnaryOperator<Node> resolve) {
        this.resolve = resolve;
    }

    static boolean isLoop(String key) {
        return key.startsWith(PREFIX);
    }

    List<Generated> expand(MappingNode.Entry loop) {
        return expand(loop, Existence.DEPLOYED);
    }

    private List<Generated> expand(MappingNode.Entry loop, Existence outer) {
        if (!(loop.value() instanceof SequenceNode args) || args.items().size() != 3
                || !(args.items().get(0) instanceof ScalarNode id) || !id.isString()
                || !(args.items().get(2) instanceof MappingNode body)) {
            throw new InputException(loop.keyLocation(), loop.key() + " takes [Identifier, Collection, {OutputKey: Template}]");
        }
        Optional<List<String>> values = collection(args.items().get(1));
        List<Generated> generated = new ArrayList<>();
        if (values.isEmpty()) {
            Existence unknown = Existence.unknown("the collection of " + loop.key() + ", known only at deployment, is not empty");
            for (MappingNode.Entry template : body.entries()) {
                add(generated, substitute(template, id.text(), null), unknown);
            }
            return generated;
        }
        for (String value : values.get()) {
            for (MappingNode.Entry template : body.entries()) {
                add(generated, substitute(template, id.text(), value), outer);
            }
        }
        return generated;
    }

    private void add(List<Generated> generated, MappingNode.Entry entry, Existence existence) {
        if (isLoop(entry.key())) {
            generated.addAll(expand(entry, existence));
        } else {
            generated.add(new Generated(entry, existence));
        }
    }

    /**
     * The node with every loop inside it expanded in place: {@code Fn::ForEach} in a resource's
     * properties makes mapping entries. A loop over an unknown collection stays as written.
     */
    Node expandWithin(Node node) {
        // Nearly every template has no loop: a node whose children are unchanged is returned as
        // it is, so a template is not copied whole, resource by resource, to expand nothing.
        if (node instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>();
            boolean changed = false;
            for (MappingNode.Entry entry : mapping.entries()) {
                List<Generated> generated = isLoop(entry.key()) ? expand(entry) : List.of();
                if (!generated.isEmpty() && generated.stream().allMatch(g -> g.existence().equals(Existence.DEPLOYED))) {
                    generated.forEach(g -> entries.add(new MappingNode.Entry(g.entry().key(), g.entry().keyLocation(),
                            expandWithin(g.entry().value()))));
                    changed = true;
                } else {
                    Node value = expandWithin(entry.value());
                    entries.add(value == entry.value() ? entry
                            : new MappingNode.Entry(entry.key(), entry.keyLocation(), value));
                    changed |= value != entry.value();
                }
            }
            return changed ? new MappingNode(mapping.location(), entries) : mapping;
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.items().stream().map(this::expandWithin).toList();
            boolean changed = false;
            for (int i = 0; i < items.size(); i++) {
                changed |= items.get(i) != sequence.items().get(i);
            }
            return changed ? new SequenceNode(sequence.location(), items) : sequence;
        }
        return node;
    }

    /** The strings of a list, or of a comma-delimited string (a {@code CommaDelimitedList} parameter's default). */
    private Optional<List<String>> collection(Node node) {
        Node resolved = resolve.apply(node);
        if (resolved instanceof ScalarNode scalar && scalar.isString()) {
            return Optional.of(Arrays.stream(scalar.text().split(",")).map(String::strip).toList());
        }
        if (!(resolved instanceof SequenceNode list)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(resolve.apply(item) instanceof ScalarNode scalar) || scalar.text() == null) {
                return Optional.empty();
            }
            values.add(scalar.text());
        }
        return Optional.of(values);
    }

    private static MappingNode.Entry substitute(MappingNode.Entry entry, String id, String value) {
        return new MappingNode.Entry(key(entry.key(), id, value), entry.keyLocation(), substitute(entry.value(), id, value));
    }

    /** {@code ${Id}} becomes the value; {@code &{Id}} the value without its non-alphanumeric characters. */
    private static String key(String text, String id, String value) {
        if (value == null) {
            return text;
        }
        return text.replace("${" + id + "}", value).replace("&{" + id + "}", value.replaceAll("[^A-Za-z0-9]", ""));
    }

    /** The body with the identifier replaced; {@code value} null when it is known only at deployment. */
    static Node substitute(Node node, String id, String value) {
        if (node instanceof ReferenceNode reference) {
            if (Intrinsics.REF.equals(reference.syntax()) && reference.target().equals(id)) {
                return value == null
                        ? new UnknownNode(reference.location(), "the Fn::ForEach identifier " + id + ", known only at deployment")
                        : ScalarNode.ofString(reference.location(), value);
            }
            return new ReferenceNode(reference.location(), key(reference.target(), id, value), reference.attributePath(),
                    reference.syntax());
        }
        if (node instanceof MappingNode mapping) {
            return new MappingNode(mapping.location(), mapping.entries().stream()
                    .map(entry -> substitute(entry, id, value)).toList());
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(sequence.location(), sequence.items().stream()
                    .map(item -> substitute(item, id, value)).toList());
        }
        if (node instanceof ExpressionNode expression) {
            return expression(expression, id, value);
        }
        return node;
    }

    private static Node expression(ExpressionNode expression, String id, String value) {
        List<Node> args = expression.arguments().stream().map(arg -> substitute(arg, id, value)).toList();
        Location at = expression.location();
        if ("Fn::Sub".equals(expression.function()) && value != null && args.get(0) instanceof ScalarNode text
                && text.isString()) {
            String replaced = text.text().replace("${" + id + "}", value);
            if (args.size() == 1 && SubString.parse(replaced).parts().stream().noneMatch(SubString.Part::variable)) {
                // A logical id or name made only of the identifier is plain text again.
                return ScalarNode.ofString(at, String.join("", SubString.parse(replaced).parts().stream()
                        .map(SubString.Part::text).toList()));
            }
            List<Node> rest = new ArrayList<>(args);
            rest.set(0, ScalarNode.ofString(text.location(), replaced));
            return new ExpressionNode(at, expression.function(), rest);
        }
        if (Intrinsics.GET_ATT.equals(expression.function()) && args.size() == 2
                && args.get(0) instanceof ScalarNode target && target.isString()
                && args.get(1) instanceof ScalarNode attribute && attribute.text() != null) {
            return new ReferenceNode(at, target.text(), List.of(attribute.text()), Intrinsics.GET_ATT);
        }
        return new ExpressionNode(at, expression.function(), args);
    }
}
