package dev.iaclint.terraform.syntax;

import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.List;

/** Reads template text up to a closing quote or the heredoc's end, with interpolations and directives. */
final class TemplateReader {

    private final HclParser parser;
    private final Cursor c;
    private final int end;
    private final int indent;
    private final boolean quoted;
    private boolean stripNext;
    private String endedBy;

    TemplateReader(HclParser parser, Cursor c, int end, int indent, boolean quoted) {
        this.parser = parser;
        this.c = c;
        this.end = end;
        this.indent = indent;
        this.quoted = quoted;
    }

    /** Parts up to the end, or up to a directive among {@code stops} (else, endif, endfor), which is consumed. */
    List<Expr> parts(List<String> stops) {
        parser.enter();
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = c.pos;
        boolean lineStart = !quoted;
        while (true) {
            if (quoted && (c.atEnd() || c.peek() == '\n')) {
                throw c.error("a quoted string that is never closed on its line");
            }
            if (!quoted && c.pos >= end) {
                break;
            }
            char next = c.peek();
            if (quoted && next == '"') {
                c.pos++;
                break;
            }
            if (lineStart && indent > 0) {
                int skipped = 0;
                while (skipped < indent && (c.peek() == ' ' || c.peek() == '\t') && c.pos < end) {
                    c.pos++;
                    skipped++;
                }
                lineStart = false;
                continue;
            }
            lineStart = false;
            if ((next == '$' || next == '%') && c.peek(1) == next && c.peek(2) == '{') {
                literal.append(next).append('{');
                c.pos += 3;
            } else if (next == '$' && c.peek(1) == '{') {
                trimIfStripped(literal);
                flush(parts, literal, literalStart, c.pos);
                parts.add(interpolation());
                literalStart = c.pos;
            } else if (next == '%' && c.peek(1) == '{') {
                trimIfStripped(literal);
                flush(parts, literal, literalStart, c.pos);
                Expr directive = directive(stops);
                if (directive == null) {
                    parser.leave();
                    return parts;
                }
                parts.add(directive);
                literalStart = c.pos;
            } else if (quoted && next == '\\') {
                literal.append(escape());
            } else {
                if (stripNext && Character.isWhitespace(next)) {
                    c.pos++;
                    continue;
                }
                stripNext = false;
                literal.append(next);
                c.pos++;
                lineStart = next == '\n';
            }
        }
        flush(parts, literal, literalStart, c.pos);
        if (stops != null) {
            throw c.error("a template directive that is never closed: expected %{ " + String.join(" or ", stops) + " }");
        }
        parser.leave();
        return parts;
    }

    /** {@code ${~} and {@code %{~} take the white space before them away. */
    private void trimIfStripped(StringBuilder literal) {
        if (c.peek(2) == '~') {
            int keep = literal.length();
            while (keep > 0 && Character.isWhitespace(literal.charAt(keep - 1))) {
                keep--;
            }
            literal.setLength(keep);
        }
    }

    private void flush(List<Expr> parts, StringBuilder literal, int from, int to) {
        if (!literal.isEmpty()) {
            parts.add(new Expr.Literal(c.location(from, to), literal.toString()));
            literal.setLength(0);
        }
        stripNext = false;
    }

    private Expr interpolation() {
        c.pos += 2;
        stripLeft();
        Expr value = parser.expression(true);
        c.skipBlanks(true);
        stripRight();
        parser.expect('}', "'}' to close the interpolation");
        return value;
    }

    /** An if or for directive with its body, or null when the directive is one of {@code stops}. */
    private Expr directive(List<String> stops) {
        int start = c.pos;
        c.pos += 2;
        stripLeft();
        c.skipBlanks(true);
        String keyword = parser.requireIdentifier("if, for, else, endif or endfor in the template directive");
        if (stops != null && stops.contains(keyword)) {
            closeDirective();
            endedBy = keyword;
            return null;
        }
        switch (keyword) {
            case "if" -> {
                Expr condition = parser.expression(true);
                closeDirective();
                List<Expr> then = parts(List.of("else", "endif"));
                List<Expr> otherwise = List.of();
                if ("else".equals(endedBy)) {
                    otherwise = parts(List.of("endif"));
                }
                return new Expr.TemplateIf(c.location(start, c.pos), condition, then, otherwise);
            }
            case "for" -> {
                c.skipBlanks(true);
                String first = parser.requireIdentifier("a variable name after 'for'");
                String key = null;
                String value = first;
                c.skipBlanks(true);
                if (c.peek() == ',') {
                    c.pos++;
                    c.skipBlanks(true);
                    key = first;
                    value = parser.requireIdentifier("a second variable name");
                    c.skipBlanks(true);
                }
                if (!c.startsWith("in")) {
                    throw c.expected("'in'");
                }
                c.pos += 2;
                Expr collection = parser.expression(true);
                closeDirective();
                List<Expr> body = parts(List.of("endfor"));
                return new Expr.TemplateFor(c.location(start, c.pos), key, value, collection, body);
            }
            default -> throw new InputException(c.location(start, c.pos),
                    "unexpected template directive %{ " + keyword + " }");
        }
    }

    private void closeDirective() {
        c.skipBlanks(true);
        stripRight();
        parser.expect('}', "'}' to close the template directive");
    }

    private void stripLeft() {
        if (c.peek() == '~') {
            c.pos++;
        }
    }

    private void stripRight() {
        if (c.peek() == '~') {
            c.pos++;
            stripNext = true;
        }
    }

    private String escape() {
        char kind = c.peek(1);
        c.pos += 2;
        return switch (kind) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'u' -> codePoint(4);
            case 'U' -> codePoint(8);
            default -> throw new InputException(c.location(c.pos - 2, c.pos), "unknown escape \\" + kind);
        };
    }

    private String codePoint(int digits) {
        int start = c.pos;
        for (int i = 0; i < digits; i++) {
            if (Character.digit(c.peek(), 16) < 0) {
                throw c.expected(digits + " hexadecimal digits in the escape");
            }
            c.pos++;
        }
        long value = Long.parseLong(c.text().substring(start, c.pos), 16);
        if (value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF) {
            throw new InputException(c.location(start, c.pos), "the escape names no Unicode character");
        }
        return new String(Character.toChars((int) value));
    }
}
