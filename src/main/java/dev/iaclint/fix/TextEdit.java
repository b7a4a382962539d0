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

    /** Whether two edits of different fixes change the same text; insertions at one point are ordered, not in conflict. */
    boolean overlaps(TextEdit other) {
        return !equals(other) && start < other.end && other.start < end;
    }

    /**
     * How deep the inserted text sits: the indentation of its first line that has text. Of two
     * insertions at one point, the deeper goes first: it continues the block before the point (a
     * tag added to a resource's last list), the shallower starts something new (a key added after
     * the resource, a comment above the next one).
     */
    int depth() {
        for (String line : text.split("\n", -1)) {
            String content = line.stripLeading();
            if (!content.isBlank()) {
                return line.length() - content.length();
            }
        }
        return 0;
    }
}
