package dev.iaclint.fix;

/**
 * Replaces the characters {@code [start, end)} of a file's original text with {@code text}; an
 * insertion has {@code start == end}. Offsets are into the text as read, so edits made from the
 * loaders' positions never re-serialise the file: everything outside them stays byte for byte.
 */
public record TextEdit(int start, int end, String text) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit span " + start + ".." + end);
        }
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    boolean overlaps(TextEdit other) {
        if (start == end || other.start == other.end) {
            // An insertion conflicts only with a replacement that spans its point.
            return start < other.end && other.start < end && !equals(other);
        }
        return start < other.end && other.start < end;
    }
}
