package dev.iaclint.terraform.syntax;

import dev.iaclint.parse.InputException;
import java.math.BigDecimal;

/** Number literals: {@code 42}, {@code 0.5}, {@code 1e3}, {@code 1.5E-3}, and HashiCorp's {@code 1.E-3}. */
final class NumberLiterals {

    private NumberLiterals() {
    }

    static Expr read(Cursor c) {
        int start = c.pos;
        while (Character.isDigit(c.peek())) {
            c.pos++;
        }
        if (c.peek() == '.' && Character.isDigit(c.peek(1))) {
            c.pos++;
            while (Character.isDigit(c.peek())) {
                c.pos++;
            }
        }
        if (c.peek() == '.' && Character.isDigit(c.peek(1))) {
            throw c.error("a number has one decimal point");
        }
        if (c.peek() == '.' && (c.peek(1) == 'e' || c.peek(1) == 'E')
                && (Character.isDigit(c.peek(2)) || (c.peek(2) == '+' || c.peek(2) == '-') && Character.isDigit(c.peek(3)))) {
            c.pos++; // 1.E-3: HashiCorp's scanner takes a trailing point before the exponent
        }
        if ((c.peek() == 'e' || c.peek() == 'E')
                && (Character.isDigit(c.peek(1)) || (c.peek(1) == '+' || c.peek(1) == '-') && Character.isDigit(c.peek(2)))) {
            c.pos += 2;
            while (Character.isDigit(c.peek())) {
                c.pos++;
            }
        }
        String digits = c.text().substring(start, c.pos);
        try {
            return new Expr.Literal(c.location(start, c.pos), new BigDecimal(digits));
        } catch (NumberFormatException outOfRange) {
            throw new InputException(c.location(start, c.pos), "the number " + shorten(digits) + " is out of range");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
