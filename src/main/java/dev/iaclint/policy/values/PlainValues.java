package dev.iaclint.policy.values;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a node into the plain, read-only value a policy sees: strings, booleans, numbers
 * (BigDecimal), null, and unmodifiable lists and maps, with everything resolvable resolved.
 * What is not known before deployment (an unknown input, a reference to a resource, an
 * unevaluated function) is null.
 */
public final class PlainValues {

    private PlainValues() {
    }

    public static Object of(Node node, Unit unit) {
        Node resolved = unit.resolve(node);
        if (resolved instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (resolved instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>(sequence.items().size());
            for (Node item : sequence.items()) {
                items.add(of(item, unit));
            }
            return Collections.unmodifiableList(items);
        }
        if (resolved instanceof MappingNode mapping) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (MappingNode.Entry entry : mapping.entries()) {
                entries.put(entry.key(), of(entry.value(), unit));
            }
            return new LocatedMap(entries, mapping.location());
        }
        return null;
    }
}
