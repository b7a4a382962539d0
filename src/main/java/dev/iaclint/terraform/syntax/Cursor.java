package dev.iaclint.terraform.syntax;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import java.util.Arrays;

/**
 * A position in HCL source, with what the grammar needs of it: looking ahead, skipping blanks
 * and comments (newlines kept, or not), and turning offsets into 1-based lines and UTF-16 columns.
 */
final class Cursor {

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private int lastLine;
    int pos;

    Cursor(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    String text() {
        return text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    /** Skips spaces, tabs, carriage returns and comments; also newlines when {@code newlines} is true. */
    void skipBlanks(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                pos++;
            } else if (c == '#' || c == '/' && peek(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("a /* comment that is never closed");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    Location location(int from, int to) {
        int startLine = lineOf(from);
        int endLine = lineOf(to);
        return new Location(file, startLine + 1, from - lineStarts[startLine] + 1,
                endLine + 1, to - lineStarts[endLine] + 1);
    }

    Location here() {
        return location(pos, pos);
    }

    /**
     * The parser asks for places in the order it reads them, so the line of the last answer (or
     * the next) is nearly always the one; otherwise a binary search.
     */
    private int lineOf(int offset) {
        for (int line = lastLine; line <= lastLine + 1 && line < lineStarts.length; line++) {
            if (lineStarts[line] <= offset && (line + 1 == lineStarts.length || offset < lineStarts[line + 1])) {
                lastLine = line;
                return line;
            }
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        lastLine = found >= 0 ? found : -found - 2;
        return lastLine;
    }

    InputException error(String message) {
        return new InputException(here(), message);
    }

    /** "expected X, found Y" at the cursor, naming what is there. */
    InputException expected(String what) {
        return error("expected " + what + ", found " + describeHere());
    }

    String describeHere() {
        if (atEnd()) {
            return "the end of the file";
        }
        char c = peek();
        if (c == '\n') {
            return "the end of the line";
        }
        int end = pos;
        while (end < text.length() && end - pos < 20 && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return "'" + text.substring(pos, Math.max(end, pos + 1)) + "'";
    }
}
