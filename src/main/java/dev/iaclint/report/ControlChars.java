package dev.iaclint.report;

/**
 * Escapes the characters a scanned file could use to forge a line report: C0 controls (all but
 * tab), DEL, C1 controls and the Unicode line and paragraph separators. A logical id holding a
 * newline would otherwise print {@code ::stop-commands::} on a line of its own, which makes
 * GitHub's runner drop every real annotation after it, and ANSI or OSC sequences would reach a
 * developer's terminal from a pre-commit hook.
 */
final class ControlChars {

    private ControlChars() {
    }

    static String escape(String text) {
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
            case '\u2028', '\u2029' -> String.format("\\u%04x", (int) c);
            default -> c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("\\x%02x", (int) c) : null;
        };
    }
}
