package dev.iaclint.parse;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Types plain YAML scalars by the YAML 1.2 core schema, not YAML 1.1: {@code on}, {@code yes}
 * and {@code 2024-01-01} stay strings, as CloudFormation reads them.
 */
final class ScalarTypes {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private ScalarTypes() {
    }

    static Object typedValue(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        // Most scalars are names and text: the first character rules out every other type, with
        // no regular expression run (this is on the path of every plain scalar of every template).
        return switch (raw.charAt(0)) {
            case '~', 'n', 'N' -> NULL.matcher(raw).matches() ? null : raw;
            case 't', 'T' -> TRUE.matcher(raw).matches() ? Boolean.TRUE : raw;
            case 'f', 'F' -> FALSE.matcher(raw).matches() ? Boolean.FALSE : raw;
            case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> decimal(raw);
            default -> raw;
        };
    }

    private static Object decimal(String raw) {
        if (raw.length() <= 100 && DECIMAL.matcher(raw).matches()) {
            try {
                return new BigDecimal(raw);
            } catch (NumberFormatException outOfRange) {
                return raw; // an exponent beyond BigDecimal's range: keep the text, as YAML 1.1 tools would
            }
        }
        return raw;
    }
}
