package dev.iaclint.model;

import java.math.BigDecimal;

/**
 * A leaf value. {@code raw} is the text as written (so YAML 1.1 surprises such as {@code on} or
 * {@code 0755} never change meaning); {@code value} is the typed value: a String, a Boolean, a
 * BigDecimal, or null for an explicit null.
 */
public record ScalarNode(Location location, String raw, Object value) implements Node {

    public static ScalarNode ofString(Location location, String text) {
        return new ScalarNode(location, text, text);
    }

    public static ScalarNode ofNull(Location location) {
        return new ScalarNode(location, "null", null);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isString() {
        return value instanceof String;
    }

    /** The value as text: strings as they are, other scalars by their raw text, null as null. */
    public String text() {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : raw;
    }
}
