package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for HCL native syntax (the language of {@code .tf} files) after
 * HashiCorp's hclsyntax specification. It keeps every expression as a syntax tree with spans and
 * evaluates nothing. One character of look-ahead and no backtracking, so it runs in linear time;
 * nesting is bounded, so hostile input gets an error instead of a stack overflow.
 */
public final class HclParser {

    static final int MAX_DEPTH = 128;

    private static final String[][] BINARY_LEVELS = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};

    private final Cursor c;
    private int depth;

    private HclParser(String file, String text) {
        this.c = new Cursor(file, text);
    }

    /** @throws InputException naming file, line and column, and what was expected */
    public static Body parse(String file, String text) {
        HclParser parser = new HclParser(file, text);
        Body body = new BodyParser(parser, parser.c).body(true);
        parser.c.skipBlanks(true);
        if (!parser.c.atEnd()) {
            throw parser.c.expected("an attribute or a block");
        }
        return body;
    }

    /**
     * A string of Terraform's JSON syntax, which is a template (interpolations and directives,
     * no quote escapes: JSON has decoded them). A template of one interpolation alone is that
     * expression's value, as in HCL; spans count from the string's first character.
     */
    public static Expr parseTemplate(String file, String text) {
        HclParser parser = new HclParser(file, text);
        List<Expr> parts = new TemplateReader(parser, parser.c, text.length(), 0, false).parts(null);
        Location span = new Location(file, 1, 1, 1, text.length() + 1);
        if (parts.isEmpty()) {
            return new Expr.Literal(span, "");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new Expr.Template(span, parts);
    }

    // ---- expressions --------------------------------------------------------------------------

    /** @param newlines whether newlines are blanks here (inside parentheses and brackets) */
    Expr expression(boolean newlines) {
        enter();
        int start = skip(newlines);
        Expr condition = binary(0, newlines);
        skip(newlines);
        Expr result = condition;
        if (c.peek() == '?') {
            c.pos++;
            Expr whenTrue = expression(newlines);
            skip(newlines);
            expect(':', "':' of the conditional");
            Expr whenFalse = expression(newlines);
            result = new Expr.Conditional(c.location(start, c.pos), condition, whenTrue, whenFalse);
        }
        depth--;
        return result;
    }

    /**
     * Precedence climbing: one frame per operator level actually used, not one per level of the
     * table, so deep nesting costs little stack.
     */
    private Expr binary(int minLevel, boolean newlines) {
        int start = skip(newlines);
        Expr left = unary(newlines);
        while (true) {
            skip(newlines);
            int level = -1;
            String operator = null;
            for (int candidate = minLevel; candidate < BINARY_LEVELS.length && operator == null; candidate++) {
                operator = operatorAt(BINARY_LEVELS[candidate]);
                level = candidate;
            }
            if (operator == null) {
                return left;
            }
            c.pos += operator.length();
            Expr right = binary(level + 1, newlines);
            left = new Expr.Binary(c.location(start, c.pos), operator, left, right);
        }
    }

    private String operatorAt(String[] operators) {
        for (String operator : operators) {
            if (c.startsWith(operator)) {
                return operator;
            }
        }
        return null;
    }

    private Expr unary(boolean newlines) {
        int start = skip(newlines);
        if (c.peek() == '!' || c.peek() == '-') {
            String operator = String.valueOf(c.peek());
            c.pos++;
            enter();
            Expr operand = unary(newlines);
            depth--;
            return new Expr.Unary(c.location(start, c.pos), operator, operand);
        }
        return postfix(newlines);
    }

    private Expr postfix(boolean newlines) {
        int start = c.pos;
        Expr source = primary(newlines);
        List<Expr.Step> steps = new ArrayList<>();
        while (true) {
            int before = c.pos;
            skip(newlines);
            if (c.peek() == '.' && c.peek(1) != '.') {
                c.pos++;
                if (c.peek() == '*') {
                    if (steps.stream().anyMatch(step -> step instanceof Expr.Step.Splat splat && splat.legacy())) {
                        throw c.error("a splat (.*) cannot be used inside another attribute-only splat");
                    }
                    c.pos++;
                    steps.add(new Expr.Step.Splat(true));
                } else if (Character.isDigit(c.peek())) {
                    if (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof Expr.Step.Attribute previous
                            && Character.isDigit(previous.name().charAt(0))) {
                        throw c.error("legacy indexes (.0) cannot be chained: write [0][1]");
                    }
                    int digits = c.pos;
                    while (Character.isDigit(c.peek())) {
                        c.pos++;
                    }
                    steps.add(new Expr.Step.Attribute(c.text().substring(digits, c.pos)));
                } else if (isIdentifierStart(c.peek())) {
                    steps.add(new Expr.Step.Attribute(identifier()));
                } else {
                    throw c.expected("an attribute name after '.'");
                }
            } else if (c.peek() == '[') {
                c.pos++;
                c.skipBlanks(true);
                if (c.peek() == '*') {
                    c.pos++;
                    c.skipBlanks(true);
                    expect(']', "']' after '[*'");
                    steps.add(new Expr.Step.Splat(false));
                } else {
                    Expr key = expression(true);
                    c.skipBlanks(true);
                    expect(']', "']' to close the index");
                    steps.add(new Expr.Step.Index(key));
                }
            } else {
                c.pos = before;
                break;
            }
        }
        return steps.isEmpty() ? source : new Expr.Traversal(c.location(start, c.pos), source, steps);
    }

    private Expr primary(boolean newlines) {
        int start = c.pos;
        char next = c.peek();
        if (Character.isDigit(next)) {
            return NumberLiterals.read(c);
        }
        if (next == '"') {
            return StringLiterals.quoted(this, c);
        }
        if (next == '<' && c.peek(1) == '<') {
            return StringLiterals.heredoc(this, c);
        }
        if (next == '[') {
            return tuple();
        }
        if (next == '{') {
            return object();
        }
        if (next == '(') {
            c.pos++;
            Expr inner = expression(true);
            c.skipBlanks(true);
            expect(')', "')' to close the parenthesis");
            return new Expr.Parenthesized(c.location(start, c.pos), inner);
        }
        if (isIdentifierStart(next)) {
            StringBuilder name = new StringBuilder(identifier());
            while (c.startsWith("::") && isIdentifierStart(c.peek(2))) {
                c.pos += 2;
                name.append("::").append(identifier());
            }
            String id = name.toString();
            switch (id) {
                case "true" -> {
                    return new Expr.Literal(c.location(start, c.pos), Boolean.TRUE);
                }
                case "false" -> {
                    return new Expr.Literal(c.location(start, c.pos), Boolean.FALSE);
                }
                case "null" -> {
                    return new Expr.Literal(c.location(start, c.pos), null);
                }
                default -> {
                    int afterName = c.pos;
                    c.skipBlanks(false);
                    if (c.peek() == '(') {
                        return call(start, id);
                    }
                    c.pos = afterName;
                    if (id.contains("::")) {
                        throw c.expected("'(' after the function name " + id);
                    }
                    return new Expr.Variable(c.location(start, c.pos), id);
                }
            }
        }
        throw c.expected("an expression");
    }

    private Expr call(int start, String name) {
        c.pos++;
        List<Expr> arguments = new ArrayList<>();
        boolean expand = false;
        c.skipBlanks(true);
        while (c.peek() != ')') {
            arguments.add(expression(true));
            c.skipBlanks(true);
            if (c.startsWith("...")) {
                c.pos += 3;
                expand = true;
                c.skipBlanks(true);
                break;
            }
            if (c.peek() == ',') {
                c.pos++;
                c.skipBlanks(true);
            } else if (c.peek() != ')') {
                throw c.expected("',' or ')' in the arguments of " + name);
            }
        }
        expect(')', "')' to close the arguments of " + name);
        return new Expr.Call(c.location(start, c.pos), name, arguments, expand);
    }

    private Expr tuple() {
        int start = c.pos;
        c.pos++;
        c.skipBlanks(true);
        if (isForKeyword()) {
            return forExpression(start, false);
        }
        List<Expr> items = new ArrayList<>();
        while (c.peek() != ']') {
            items.add(expression(true));
            c.skipBlanks(true);
            if (c.peek() == ',') {
                c.pos++;
                c.skipBlanks(true);
            } else if (c.peek() != ']') {
                throw c.expected("',' or ']' in the list");
            }
        }
        c.pos++;
        return new Expr.Tuple(c.location(start, c.pos), items);
    }

    private Expr object() {
        int start = c.pos;
        c.pos++;
        c.skipBlanks(true);
        if (isForKeyword()) {
            return forExpression(start, true);
        }
        List<Expr.ObjectCons.Item> items = new ArrayList<>();
        while (true) {
            c.skipBlanks(true);
            if (c.peek() == '}') {
                break;
            }
            Expr key = objectKey();
            c.skipBlanks(false);
            if (c.peek() == '=' && c.peek(1) != '=' || c.peek() == ':') {
                c.pos++;
            } else {
                throw c.expected("'=' or ':' after the object key");
            }
            Expr value = expression(false);
            items.add(new Expr.ObjectCons.Item(key, value));
            c.skipBlanks(false);
            if (c.peek() == ',' || c.peek() == '\n') {
                c.pos++;
            } else if (c.peek() != '}') {
                throw c.expected("',', a newline or '}' after the object item");
            }
        }
        c.pos++;
        return new Expr.ObjectCons(c.location(start, c.pos), items);
    }

    /** A bare name before '=' or ':' is the key itself, not a variable. */
    private Expr objectKey() {
        int start = c.pos;
        if (isIdentifierStart(c.peek())) {
            String name = identifier();
            int after = c.pos;
            c.skipBlanks(false);
            if (c.peek() == '=' && c.peek(1) != '=' || c.peek() == ':') {
                return new Expr.Literal(c.location(start, after), name);
            }
            c.pos = start;
        }
        return expression(false);
    }

    private boolean isForKeyword() {
        return c.startsWith("for") && Character.isWhitespace(c.peek(3));
    }

    private Expr forExpression(int start, boolean object) {
        c.pos += 3;
        c.skipBlanks(true);
        String first = requireIdentifier("a variable name after 'for'");
        String keyVariable = null;
        String valueVariable = first;
        c.skipBlanks(true);
        if (c.peek() == ',') {
            c.pos++;
            c.skipBlanks(true);
            keyVariable = first;
            valueVariable = requireIdentifier("a second variable name");
            c.skipBlanks(true);
        }
        if (!c.startsWith("in") || isIdentifierPart(c.peek(2))) {
            throw c.expected("'in'");
        }
        c.pos += 2;
        Expr collection = expression(true);
        c.skipBlanks(true);
        expect(':', "':' after the collection of the for expression");
        Expr key = null;
        Expr value = expression(true);
        c.skipBlanks(true);
        boolean grouping = false;
        if (object) {
            if (!c.startsWith("=>")) {
                throw c.expected("'=>' between key and value");
            }
            c.pos += 2;
            key = value;
            value = expression(true);
            c.skipBlanks(true);
            if (c.startsWith("...")) {
                c.pos += 3;
                grouping = true;
                c.skipBlanks(true);
            }
        }
        Expr condition = null;
        if (c.startsWith("if") && !isIdentifierPart(c.peek(2))) {
            c.pos += 2;
            condition = expression(true);
            c.skipBlanks(true);
        }
        expect(object ? '}' : ']', object ? "'}' to close the for expression" : "']' to close the for expression");
        return new Expr.For(c.location(start, c.pos), keyVariable, valueVariable, collection, key, value, condition,
                grouping, object);
    }

    // ---- tokens -------------------------------------------------------------------------------

    private int skip(boolean newlines) {
        c.skipBlanks(newlines);
        return c.pos;
    }

    void expect(char wanted, String what) {
        if (c.peek() != wanted) {
            throw c.expected(what);
        }
        c.pos++;
    }

    String requireIdentifier(String what) {
        if (!isIdentifierStart(c.peek())) {
            throw c.expected(what);
        }
        return identifier();
    }

    String identifier() {
        int start = c.pos;
        c.pos++;
        while (isIdentifierPart(c.peek())) {
            c.pos++;
        }
        return c.text().substring(start, c.pos);
    }

    static boolean isIdentifierStart(char ch) {
        return ch == '_' || Character.isLetter(ch) || Character.isUnicodeIdentifierStart(ch) && ch > 127;
    }

    private static boolean isIdentifierPart(char ch) {
        return ch == '-' || ch == '_' || Character.isLetterOrDigit(ch)
                || ch > 127 && Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch);
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw c.error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    void leave() {
        depth--;
    }
}
