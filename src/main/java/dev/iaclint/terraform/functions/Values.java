package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.Node;
import dev.iaclint.model.ScalarNode;
import dev.iaclint.model.SequenceNode;
import dev.iaclint.model.UnknownNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Terraform's values as the common model holds them: strings, numbers ({@link BigDecimal}),
 * bools and null are scalars; lists, tuples and sets are sequences; maps and objects are
 * mappings. Anything else (a resource attribute, an unknown, an expression left unevaluated) is
 * known only when Terraform runs.
 */
public final class Values {

    /** How an error shows in the model: an unknown whose reason starts so, which {@code try} and {@code can} catch. */
    static final String FAILURE = "an error in Terraform: ";

    private Values() {
    }

    /** A value that Terraform rejects (a missing key, a bad conversion): unknown here, an error there. */
    public static UnknownNode failure(Location at, String why) {
        return new UnknownNode(at, FAILURE + why);
    }

    public static boolean isFailure(Node node) {
        return node instanceof UnknownNode unknown && unknown.reason().startsWith(FAILURE);
    }

    /** Whether the value and everything inside it is known now. */
    public static boolean isWhollyKnown(Node node) {
        if (node instanceof ScalarNode) {
            return true;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().allMatch(Values::isWhollyKnown);
        }
        if (node instanceof MappingNode mapping) {
            return mapping.entries().stream().allMatch(e -> isWhollyKnown(e.value()));
        }
        return false;
    }

    /** Whether the value itself is known (a collection's elements may not be). */
    static boolean isKnown(Node node) {
        return node instanceof ScalarNode || node instanceof SequenceNode || node instanceof MappingNode;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.isNull();
    }

    /** A primitive as Terraform converts it to a string: numbers without a trailing ".0", bools as true/false. */
    static Optional<String> string(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.isNull()) {
            return Optional.empty();
        }
        return Optional.of(scalar.value() instanceof BigDecimal number ? format(number) : scalar.text());
    }

    static String format(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    static Optional<BigDecimal> number(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A bool, or the strings "true" and "false", which Terraform converts. */
    static Optional<Boolean> bool(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Boolean b) {
            return Optional.of(b);
        }
        if (node instanceof ScalarNode scalar && ("true".equals(scalar.value()) || "false".equals(scalar.value()))) {
            return Optional.of(Boolean.parseBoolean((String) scalar.value()));
        }
        return Optional.empty();
    }

    static ScalarNode string(Location at, String text) {
        return ScalarNode.ofString(at, text);
    }

    static ScalarNode number(Location at, BigDecimal number) {
        return new ScalarNode(at, format(number), number);
    }

    static ScalarNode bool(Location at, boolean value) {
        return new ScalarNode(at, String.valueOf(value), value);
    }

    /**
     * Terraform's equality of two wholly known values, as {@code contains} and {@code distinct}
     * compare: the same type and the same content, wherever they were written.
     */
    static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            if (x.value() instanceof BigDecimal m && y.value() instanceof BigDecimal n) {
                return m.compareTo(n) == 0;
            }
            return x.value() == null ? y.value() == null : x.value().equals(y.value());
        }
        if (a instanceof SequenceNode x && b instanceof SequenceNode y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MappingNode x && b instanceof MappingNode y) {
            if (x.entries().size() != y.entries().size()) {
                return false;
            }
            for (MappingNode.Entry entry : x.entries()) {
                Optional<Node> other = y.get(entry.key());
                if (other.isEmpty() || !same(entry.value(), other.get())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
