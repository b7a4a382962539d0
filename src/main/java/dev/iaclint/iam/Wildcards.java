package dev.iaclint.iam;

import java.util.Locale;

/** IAM's action matching: case-insensitive, {@code *} for any run of characters, {@code ?} for one. */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String action) {
        return matches(pattern.toLowerCase(Locale.ROOT), 0, action.toLowerCase(Locale.ROOT), 0);
    }

    /** Iterative glob matching with one backtrack point: linear in practice, no regular expressions. */
    private static boolean matches(String p, int pi, String s, int si) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
