package dev.iaclint.engine;

import java.util.Collection;
import java.util.Map;

/**
 * A bound on each {@code let} value a policy binds. Each binding may use the ones before it, so
 * {@code b: a + a}, {@code c: b + b}... doubles a value per line; checking each binding stops such
 * a chain at the first value past the budget, before the next doubles it again.
 */
final class LetBudget {

    static final int MAX_STRING = 1 << 20;
    static final int MAX_ELEMENTS = 100_000;

    private LetBudget() {
    }

    /** @throws IllegalArgumentException naming the binding, when its value exceeds the budget */
    static Object check(String name, Object value) {
        long size = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> items ? items.size()
                : value instanceof Map<?, ?> entries ? entries.size()
                : value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
        long limit = value instanceof CharSequence ? MAX_STRING : MAX_ELEMENTS;
        if (size > limit) {
            throw new IllegalArgumentException("let " + name + " is " + size
                    + (value instanceof CharSequence ? " characters" : " elements") + " long, more than the " + limit
                    + " a let value may hold");
        }
        return value;
    }
}
