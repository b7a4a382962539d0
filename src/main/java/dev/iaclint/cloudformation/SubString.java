package dev.iaclint.cloudformation;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an {@code Fn::Sub} string: literal text and {@code ${Name}} or
 * {@code ${Logical.Attr}} variables. {@code ${!Literal}} is literal text {@code ${Literal}}.
 */
record SubString(List<Part> parts) {

    /** A literal piece when {@code variable} is false, else the variable's name. */
    record Part(String text, boolean variable) {
    }

    static SubString parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            if (open < 0) {
                literal.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open + 2);
            if (close < 0) {
                literal.append(template, i, template.length());
                break;
            }
            literal.append(template, i, open);
            String inner = template.substring(open + 2, close);
            if (inner.startsWith("!")) {
                literal.append("${").append(inner.substring(1)).append('}');
            } else {
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), false));
                    literal.setLength(0);
                }
                parts.add(new Part(inner.strip(), true));
            }
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), false));
        }
        return new SubString(parts);
    }
}
