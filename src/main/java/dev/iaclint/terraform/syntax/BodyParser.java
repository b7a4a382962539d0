package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The structure of a file: attributes and blocks, one to a line, and one-line blocks. */
final class BodyParser {

    private final HclParser parser;
    private final Cursor c;

    BodyParser(HclParser parser, Cursor c) {
        this.parser = parser;
        this.c = c;
    }

    Body body(boolean topLevel) {
        parser.enter();
        List<Body.Item> items = new ArrayList<>();
        while (true) {
            c.skipBlanks(true);
            if (c.atEnd()) {
                if (!topLevel) {
                    throw c.expected("'}' to close the block");
                }
                break;
            }
            if (c.peek() == '}') {
                if (topLevel) {
                    throw c.error("unexpected '}': no block is open here");
                }
                break;
            }
            items.add(item(topLevel));
        }
        parser.leave();
        return new Body(items);
    }

    private Body.Item item(boolean topLevel) {
        int start = c.pos;
        if (!HclParser.isIdentifierStart(c.peek())) {
            throw c.expected("an attribute name or a block type");
        }
        String name = parser.identifier();
        Location nameSpan = c.location(start, c.pos);
        c.skipBlanks(false);
        if (c.peek() == '=' && c.peek(1) != '=') {
            c.pos++;
            Expr value = parser.expression(false);
            Body.Attribute attribute = new Body.Attribute(c.location(start, c.pos), name, nameSpan, value);
            endOfItem(topLevel, "the value of " + name);
            return attribute;
        }
        List<String> labels = new ArrayList<>();
        while (c.peek() == '"' || HclParser.isIdentifierStart(c.peek())) {
            labels.add(c.peek() == '"' ? label() : parser.identifier());
            c.skipBlanks(false);
        }
        if (c.peek() != '{') {
            throw c.expected(labels.isEmpty() ? "'=' or a block body after \"" + name + "\"" : "'{' to open the block");
        }
        c.pos++;
        Body body = oneLineBody().orElseGet(() -> body(false));
        c.pos++; // the closing brace
        Body.Block block = new Body.Block(c.location(start, c.pos), name, labels, body);
        endOfItem(topLevel, "the block " + name);
        return block;
    }

    /**
     * {@code b { a = 1 }}: what follows the brace on its line is a single argument, and the block
     * closes on the same line. Empty when the body starts on the next line.
     */
    private Optional<Body> oneLineBody() {
        int start = c.pos;
        c.skipBlanks(false);
        if (c.atEnd() || c.peek() == '\n' || c.peek() == '}') {
            c.pos = start;
            return Optional.empty();
        }
        int itemStart = c.pos;
        if (!HclParser.isIdentifierStart(c.peek())) {
            throw c.expected("an argument in the one-line block");
        }
        String name = parser.identifier();
        Location nameSpan = c.location(itemStart, c.pos);
        c.skipBlanks(false);
        if (c.peek() != '=' || c.peek(1) == '=') {
            throw c.error("a one-line block holds a single argument (name = value), not a block; "
                    + "put nested blocks on lines of their own");
        }
        c.pos++;
        Expr value = parser.expression(false);
        Body.Attribute attribute = new Body.Attribute(c.location(itemStart, c.pos), name, nameSpan, value);
        c.skipBlanks(false);
        if (c.peek() != '}') {
            throw c.expected("'}' to close the one-line block on its line");
        }
        return Optional.of(new Body(List.of(attribute)));
    }

    /** An attribute or block ends at a newline, at the end of the file, or at the brace of a one-line block. */
    private void endOfItem(boolean topLevel, String what) {
        c.skipBlanks(false);
        if (c.atEnd() || c.peek() == '\n') {
            return;
        }
        if (c.peek() == '}' && !topLevel) {
            return;
        }
        throw c.error("expected a newline after " + what + ", found " + c.describeHere());
    }

    private String label() {
        Expr label = StringLiterals.quoted(parser, c);
        if (label instanceof Expr.Literal literal && literal.value() instanceof String text) {
            return text;
        }
        throw new InputException(label.span(), "a block label cannot hold an interpolation");
    }
}
