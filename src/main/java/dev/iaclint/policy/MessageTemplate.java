package dev.iaclint.policy;

import java.util.List;
import org.apache.commons.jexl3.JexlContext;

/** A message with {@code ${expression}} placeholders: literal text and expressions, in order. */
public record MessageTemplate(List<Object> parts) {

    public MessageTemplate {
        parts = List.copyOf(parts);
    }

    /** The placeholders' expressions, in order. */
    public List<PolicyExpression> expressions() {
        return parts.stream().filter(PolicyExpression.class::isInstance).map(PolicyExpression.class::cast).toList();
    }

    /** The longest value a message echoes whole: a 64 MB string must not be copied into every report. */
    static final int MAX_ECHOED = 200;

    static String echoed(String value) {
        if (value.length() <= MAX_ECHOED) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_ECHOED - 1)) ? MAX_ECHOED - 1 : MAX_ECHOED;
        return value.substring(0, end) + "... (" + (value.length() - end) + " more characters)";
    }

    public String render(JexlContext context) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof PolicyExpression expression) {
                text.append(echoed(String.valueOf(expression.evaluate(context))));
            } else {
                text.append(part);
            }
        }
        return text.toString();
    }
}
