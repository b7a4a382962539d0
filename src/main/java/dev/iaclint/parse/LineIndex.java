package dev.iaclint.parse;

/**
 * Turns a column counted in code points into one counted in UTF-16 units. Only text with
 * characters outside the Basic Multilingual Plane needs it, so other text pays nothing.
 */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    static LineIndex of(String text) {
        // Counting code points is free for text the JVM stores as Latin-1, which most is; a loop of
        // ours over every character ran interpreted on each start and cost more than a template's parse.
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new LineIndex(text, null);
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new LineIndex(text, starts);
    }

    /** Both in and out are 1-based; {@code line} is 1-based too. */
    int utf16Column(int line, int codePointColumn) {
        if (lineStarts == null || line - 1 >= lineStarts.length) {
            return codePointColumn;
        }
        int start = lineStarts[line - 1];
        try {
            return text.offsetByCodePoints(start, codePointColumn - 1) - start + 1;
        } catch (IndexOutOfBoundsException pastTheEnd) {
            return codePointColumn;
        }
    }
}
