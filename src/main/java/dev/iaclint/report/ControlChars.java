package dev.iaclint.report;

/**
 * Escapes the characters a scanned file could use to forge a line report: C0 controls (all but
 * tab), DEL, C1 controls, the Unicode line and paragraph separators and the bidirectional
 * controls (which make a terminal or a code review show text in another order, "Trojan Source",
 * CVE-2021-42574). A logical id holding a
 * newline would otherwise print {@code ::stop-commands::} on a line of its own, which makes
 * GitHub's runner drop every real annotation after it, and ANSI or OSC sequences would reach a
 * developer's terminal from a pre-commit hook.
 */
public final class ControlChars {

    private ControlChars() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\t' -> null;
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\u2028', '\u2029', '\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d',
                    '\u202e', '\u2066', '\u2067', '\u2068', '\u2069' -> String.format("\\u%04x", (int) c);
            default -> c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("\\x%02x", (int) c) : null;
        };
    }
}
