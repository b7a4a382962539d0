package dev.iaclint.report.html;

import dev.iaclint.report.ControlChars;

/**
 * Text from scanned files made safe for an HTML page: markup characters escaped, control and
 * bidirectional characters shown as escapes (as in every other report), and a very long value
 * cut, so a crafted file can neither inject markup nor make the page unreadable.
 */
public final class Html {

    /** Longer values (a whole template on one line) are cut: a report shows where to look, not the file. */
    static final int MAX_TEXT = 2000;

    private Html() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String bounded = value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT) + "…";
        String clean = ControlChars.escape(bounded);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
