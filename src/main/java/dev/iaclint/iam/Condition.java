package dev.iaclint.iam;

import java.util.List;
import java.util.Locale;

/**
 * One condition of a statement: an operator ({@code StringEquals}, {@code ArnLike},
 * {@code ForAnyValue:StringLike}, ...), a context key, and its values (null where unknown).
 */
public record Condition(String operator, String key, List<String> values) {

    public Condition {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(values);
    }

    /** Context keys are case-insensitive; {@code prefix} ending in ':' matches a family such as {@code kms:EncryptionContext:}. */
    public boolean keyIs(String name) {
        String k = key.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(":") ? k.startsWith(n) && k.length() > n.length() : k.equals(n);
    }

    /** {@code Null} tests presence, and {@code ...IfExists} passes when the key is absent: neither pins a caller. */
    public boolean restricts() {
        String op = operator.toLowerCase(Locale.ROOT);
        return !op.equals("null") && !op.endsWith("ifexists");
    }
}
