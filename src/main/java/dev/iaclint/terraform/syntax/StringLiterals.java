package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import java.util.List;

/**
 * The two written forms of a string: quoted ({@code "..."}) and heredoc ({@code <<EOT},
 * {@code <<-EOT}, whose common indentation is removed). Both hold a template; one without
 * interpolation or directive is a plain string literal.
 */
final class StringLiterals {

    private StringLiterals() {
    }

    static Expr quoted(HclParser parser, Cursor c) {
        int start = c.pos;
        c.pos++;
        TemplateReader reader = new TemplateReader(parser, c, c.text().length(), 0, true);
        List<Expr> parts = reader.parts(null);
        return template(c, start, parts);
    }

    static Expr heredoc(HclParser parser, Cursor c) {
        int start = c.pos;
        c.pos += 2;
        boolean indented = c.peek() == '-';
        if (indented) {
            c.pos++;
        }
        String marker = parser.requireIdentifier("the heredoc's delimiter after '<<'");
        if (c.peek() == '\r') {
            c.pos++;
        }
        if (c.peek() != '\n') {
            throw c.expected("a newline after the heredoc's delimiter " + marker);
        }
        c.pos++;
        int bodyStart = c.pos;
        int end = closingLine(c, marker, bodyStart);
        int indent = indented ? commonIndent(c, bodyStart, end) : 0;
        TemplateReader reader = new TemplateReader(parser, c, end, indent, false);
        List<Expr> parts = reader.parts(null);
        // The whole closing line is the marker, white space around it included (as in HCL's scanner).
        int eol = c.text().indexOf('\n', end);
        c.pos = eol > end && c.text().charAt(eol - 1) == '\r' ? eol - 1 : eol;
        return template(c, start, parts);
    }

    /** The offset where the line holding only the delimiter starts. */
    private static int closingLine(Cursor c, String marker, int from) {
        String text = c.text();
        int line = from;
        while (line <= text.length()) {
            int eol = text.indexOf('\n', line);
            int lineEnd = eol < 0 ? text.length() : eol;
            if (GoSpace.trim(text.substring(line, lineEnd)).equals(marker) && eol >= 0) {
                return line;
            }
            if (eol < 0) {
                break;
            }
            line = eol + 1;
        }
        throw c.error("the heredoc " + marker + " is never closed");
    }

    private static int commonIndent(Cursor c, int from, int to) {
        int common = Integer.MAX_VALUE;
        String text = c.text();
        int line = from;
        while (line < to) {
            int eol = text.indexOf('\n', line);
            int lineEnd = eol < 0 || eol > to ? to : eol;
            int spaces = 0;
            while (line + spaces < lineEnd && (text.charAt(line + spaces) == ' ' || text.charAt(line + spaces) == '\t')) {
                spaces++;
            }
            if (line + spaces < lineEnd && text.charAt(line + spaces) != '\r') {
                common = Math.min(common, spaces);
            }
            line = lineEnd + 1;
        }
        return common == Integer.MAX_VALUE ? 0 : common;
    }

    private static Expr template(Cursor c, int start, List<Expr> parts) {
        Location span = c.location(start, c.pos);
        if (parts.isEmpty()) {
            return new Expr.Literal(span, "");
        }
        if (parts.size() == 1 && parts.get(0) instanceof Expr.Literal literal && literal.value() instanceof String) {
            return new Expr.Literal(span, literal.value());
        }
        return new Expr.Template(span, parts);
    }
}
