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

    public String render(JexlContext context) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof PolicyExpression expression) {
                text.append(expression.evaluate(context));
            } else {
                text.append(part);
            }
        }
        return text.toString();
    }
}
