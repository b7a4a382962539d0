package dev.iaclint.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One value object for equal short texts: a large document (a plan) repeats the same few values
 * (a region, a tag, an action) thousands of times. Longer texts seldom repeat and are not
 * remembered, and at most {@code capacity} texts are at once, so the table stays small. Not
 * thread-safe: one reader uses it.
 */
public final class SharedValues<V> {

    private final int maxLength;
    private final int capacity;
    private final Function<String, V> make;
    private final Map<String, V> values = new HashMap<>();

    /** @param make the value of a text, made once for each text remembered */
    public SharedValues(int maxLength, int capacity, Function<String, V> make) {
        this.maxLength = maxLength;
        this.capacity = capacity;
        this.make = make;
    }

    public V of(String text) {
        if (text.length() > maxLength) {
            return make.apply(text);
        }
        if (values.size() >= capacity) {
            values.clear(); // what repeats comes back soon; what does not is forgotten
        }
        return values.computeIfAbsent(text, make);
    }
}
