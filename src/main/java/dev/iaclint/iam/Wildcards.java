package dev.iaclint.iam;

/** IAM's action matching: case-insensitive, {@code *} for any run of characters, {@code ?} for one. */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String action) {
        return matches(pattern, 0, action, 0);
    }

    /** Case-insensitive by character, so no lowered copy of both strings is made for every statement and action. */
    private static boolean same(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** Iterative glob matching with one backtrack point: linear in practice, no regular expressions. */
    private static boolean matches(String p, int pi, String s, int si) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || same(p.charAt(pi), s.charAt(si)))) {
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
