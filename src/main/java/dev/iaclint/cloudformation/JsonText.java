package dev.iaclint.cloudformation;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.JsonQuoting;
import java.math.BigDecimal;
import java.util.Optional;

/** The JSON text {@code Fn::ToJsonString} makes of a value, when every part of it is known. */
final class JsonText {

    private JsonText() {
    }

    static Optional<String> of(Unit unit, Node node) {
        StringBuilder out = new StringBuilder();
        return write(unit, node, out) ? Optional.of(out.toString()) : Optional.empty();
    }

    private static boolean write(Unit unit, Node node, StringBuilder out) {
        Node value = unit.resolve(node);
        if (value instanceof MappingNode mapping) {
            out.append('{');
            for (int i = 0; i < mapping.entries().size(); i++) {
                MappingNode.Entry entry = mapping.entries().get(i);
                out.append(i > 0 ? "," : "");
                JsonQuoting.quote(entry.key(), out);
                out.append(':');
                if (!write(unit, entry.value(), out)) {
                    return false;
                }
            }
            out.append('}');
            return true;
        }
        if (value instanceof SequenceNode list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                out.append(i > 0 ? "," : "");
                if (!write(unit, list.items().get(i), out)) {
                    return false;
                }
            }
            out.append(']');
            return true;
        }
        if (value instanceof ScalarNode scalar) {
            if (scalar.isNull()) {
                out.append("null");
            } else if (scalar.value() instanceof Boolean || scalar.value() instanceof BigDecimal) {
                out.append(scalar.value() instanceof BigDecimal number ? number.toPlainString() : scalar.value());
            } else {
                JsonQuoting.quote(scalar.text(), out);
            }
            return true;
        }
        return false;
    }
}
