package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Values to call functions with, and the plain Java form of their results. */
final class Nodes {

    static final Location AT = new Location("main.tf", 1, 1, 1, 1);

    private Nodes() {
    }

    static Node s(String text) {
        return ScalarNode.ofString(AT, text);
    }

    static Node n(long number) {
        return Values.number(AT, BigDecimal.valueOf(number));
    }

    static Node b(boolean value) {
        return Values.bool(AT, value);
    }

    static Node nul() {
        return ScalarNode.ofNull(AT);
    }

    static Node list(Node... items) {
        return new SequenceNode(AT, List.of(items));
    }

    /** A map of alternating keys and values. */
    static Node map(Object... keysAndValues) {
        List<MappingNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new MappingNode.Entry((String) keysAndValues[i], AT, (Node) keysAndValues[i + 1]));
        }
        return new MappingNode(AT, entries);
    }

    /** A value known only when Terraform runs. */
    static Node unknown() {
        return new UnknownNode(AT, "known at apply");
    }

    static Node resourceAttribute() {
        return new ReferenceNode(AT, "aws_kms_key.k", List.of("arn"), "terraform");
    }

    /** The call's value as plain Java (strings, numbers as text, "null", lists, maps as "k=v" lists), or "unknown"/"error". */
    static Object call(String name, Node... arguments) {
        Optional<Node> result = Functions.call(name, List.of(arguments), AT);
        return result.map(Nodes::plain).orElse("unknown");
    }

    static Object plain(Node node) {
        if (Values.isFailure(node)) {
            return "error";
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.isNull()) {
                return "null";
            }
            return scalar.value() instanceof BigDecimal number ? Values.format(number) : scalar.value();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(Nodes::plain).toList();
        }
        if (node instanceof MappingNode mapping) {
            return mapping.entries().stream().map(e -> e.key() + "=" + plain(e.value())).toList();
        }
        return node instanceof ReferenceNode reference ? reference.display() : "unknown";
    }
}
