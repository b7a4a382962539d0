package dev.iaclint.policy;

import com.google.re2j.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL arithmetic whose regular expressions ({@code value =~ 'pattern'}) run on RE2/J, in time
 * linear in the input: policies apply them to values from pull requests, and a pattern such as
 * {@code (a+)+$} must not let a crafted value hang a scan. RE2 syntax has no backreferences or
 * look-around; a policy that uses them gets an error when it runs.
 */
final class SandboxArithmetic extends JexlArithmetic {

    private static final int MAX_CACHED = 1024;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    SandboxArithmetic() {
        super(true);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        String pattern = container instanceof java.util.regex.Pattern javaPattern ? javaPattern.pattern()
                : container instanceof CharSequence text ? text.toString() : null;
        if (pattern == null) {
            return super.contains(container, value);
        }
        if (value == null) {
            return Boolean.FALSE;
        }
        return compiled(pattern).matches(value.toString());
    }

    private Pattern compiled(String pattern) {
        Pattern cached = patterns.get(pattern);
        if (cached == null) {
            RegexBudget.check(pattern);
            cached = Pattern.compile(pattern);
            if (patterns.size() < MAX_CACHED) {
                patterns.put(pattern, cached);
            }
        }
        return cached;
    }
}
