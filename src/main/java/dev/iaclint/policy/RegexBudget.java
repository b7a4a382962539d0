package dev.iaclint.policy;

/**
 * A bound on what a policy's regular expression may make RE2/J build. RE2/J accepts each counted
 * repetition up to 1000 but not their product, so {@code ((a{1000}){1000}){1000}} compiles a
 * program of a billion instructions and the scan runs out of memory. As RE2 itself does, the
 * product of nested counts is limited to 1000, and a pattern to 10,000 characters.
 */
final class RegexBudget {

    static final int MAX_REPEAT_PRODUCT = 1000;
    static final int MAX_LENGTH = 10_000;

    private RegexBudget() {
    }

    /** @throws IllegalArgumentException naming the limit, when the pattern exceeds it */
    static void check(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the regular expression has " + pattern.length()
                    + " characters, more than the " + MAX_LENGTH + " a policy may use");
        }
        long product = repeatProduct(pattern);
        if (product > MAX_REPEAT_PRODUCT) {
            throw new IllegalArgumentException("the regular expression's nested repetitions multiply to " + product
                    + ", more than the " + MAX_REPEAT_PRODUCT + " a policy may use");
        }
    }

    /** The largest product of counted repetitions ({@code {n}}, {@code {n,m}}) nested in one another. */
    static long repeatProduct(String pattern) {
        java.util.ArrayDeque<Long> enclosing = new java.util.ArrayDeque<>();
        long largest = 1;
        long atom = 1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    i++;
                    atom = 1;
                }
                case '[' -> {
                    i = classEnd(pattern, i);
                    atom = 1;
                }
                case '(' -> {
                    enclosing.push(largest);
                    largest = 1;
                    atom = 1;
                }
                case ')' -> {
                    atom = largest;
                    largest = enclosing.isEmpty() ? largest : Math.max(enclosing.pop(), atom);
                }
                case '{' -> {
                    int close = pattern.indexOf('}', i);
                    long count = close < 0 ? -1 : count(pattern.substring(i + 1, close));
                    if (count >= 0) {
                        atom = Math.min(Long.MAX_VALUE / 1_000_000, atom * Math.max(1, count));
                        largest = Math.max(largest, atom);
                        i = close;
                    } else {
                        atom = 1;
                    }
                }
                default -> atom = 1;
            }
        }
        while (!enclosing.isEmpty()) {
            largest = Math.max(largest, enclosing.pop());
        }
        return largest;
    }

    /** The larger bound of {@code n}, {@code n,} or {@code n,m}; -1 when it is not a repetition. */
    private static long count(String inside) {
        if (!inside.matches("\\d{1,7}(,\\d{0,7})?")) {
            return -1;
        }
        String[] bounds = inside.split(",", -1);
        long low = Long.parseLong(bounds[0]);
        return bounds.length == 2 && !bounds[1].isEmpty() ? Math.max(low, Long.parseLong(bounds[1])) : low;
    }

    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return pattern.length();
    }
}
