package dev.iaclint.policy.values;

import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
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
 *
 * <p>YAML aliases make the node tree a graph whose nodes are shared: a few kilobytes can stand
 * for billions of values once expanded. The expansion is therefore bounded.
 */
public final class PlainValues {

    /** More values than any real resource has, and few enough to expand in milliseconds. */
    static final int MAX_VALUES = 1_000_000;

    private int budget = MAX_VALUES;

    private PlainValues() {
    }

    /** @throws InputException when the value expands to more than {@value #MAX_VALUES} values */
    public static Object of(Node node, Unit unit) {
        return new PlainValues().convert(node, unit);
    }

    private Object convert(Node node, Unit unit) {
        if (--budget < 0) {
            throw new InputException(node.location(), "this value expands to more than " + MAX_VALUES
                    + " values (YAML aliases nested in aliases?); it is not read");
        }
        Node resolved = unit.resolve(node);
        if (resolved instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (resolved instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>(sequence.items().size());
            for (Node item : sequence.items()) {
                items.add(convert(item, unit));
            }
            return Collections.unmodifiableList(items);
        }
        if (resolved instanceof MappingNode mapping) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (MappingNode.Entry entry : mapping.entries()) {
                entries.put(entry.key(), convert(entry.value(), unit));
            }
            return new LocatedMap(entries, mapping.location());
        }
        return null;
    }
}
