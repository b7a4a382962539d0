package dev.iaclint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A source file's original text with its line starts, so a location the loaders give (1-based
 * line, 1-based column in UTF-16 code units, which is what a Java string indexes) becomes an
 * offset, and edits can be applied to the text as it was read.
 */
public final class FileText {

    private final String display;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    public FileText(String display, String text) {
        this.display = display;
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    public String display() {
        return display;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.size();
    }

    /** The first line of what a location covers, shortened, to name it in a reason. */
    public String excerpt(dev.iaclint.model.Location location) {
        String covered = text.substring(offset(location.line(), location.column()),
                offset(location.endLine(), location.endColumn())).strip();
        String first = covered.lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 60) + "..." : first + (covered.contains("\n") ? " ..." : "");
    }

    /** The offset of a 1-based line and column; a column past the line's end stops at its end. */
    public int offset(int line, int column) {
        int start = lineStart(line);
        return Math.min(start + Math.max(0, column - 1), contentEnd(line));
    }

    public int lineStart(int line) {
        return lineStarts.get(Math.max(0, Math.min(line, lineStarts.size()) - 1));
    }

    /** The offset just after the line's line break (the start of the next line), or the end of the text. */
    public int nextLineStart(int line) {
        return line < lineStarts.size() ? lineStarts.get(line) : text.length();
    }

    /** The offset of the line's end, before its line break. */
    public int contentEnd(int line) {
        int end = nextLineStart(line);
        if (end > lineStart(line) && end <= text.length() && end > 0 && text.charAt(end - 1) == '\n') {
            end--;
            if (end > lineStart(line) && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }

    public String line(int line) {
        return text.substring(lineStart(line), contentEnd(line));
    }

    /** The 1-based line that holds an offset. */
    public int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts.get(middle) <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }

    /** The spaces (or tabs) a line starts with. */
    public String indent(int line) {
        String content = line(line);
        int i = 0;
        while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        return content.substring(0, i);
    }

    public boolean isBlankOrComment(int line, String commentStart) {
        String content = line(line).strip();
        return content.isEmpty() || content.startsWith(commentStart);
    }

    /** How far the file indents a level: its first indented line's indentation (at most 4), else 2. */
    public int indentStep() {
        for (int line = 1; line < lineCount(); line++) {
            String indent = indent(line);
            if (!indent.isEmpty() && !isBlankOrComment(line, "#") && !indent.contains("\t")) {
                return Math.min(indent.length(), 4);
            }
        }
        return 2;
    }

    /** The file's own line break, so added lines match it. */
    public String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Whether the text ends with a line break (an insertion at the end must then add its own first). */
    public boolean endsWithNewline() {
        return text.endsWith("\n");
    }

    /**
     * The text with the edits applied. Identical edits count once (two fixes that each need the
     * same data source add it once); overlapping ones are a bug of the fixer.
     */
    public String apply(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(new LinkedHashSet<>(edits));
        // Insertions at one point: the deeper first (see TextEdit.depth), else in the order they were made.
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end)
                .thenComparing(Comparator.comparingInt(TextEdit::depth).reversed()));
        StringBuilder result = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.start() < at) {
                throw new IllegalStateException(display + ": overlapping edits at offset " + edit.start());
            }
            result.append(text, at, Math.min(edit.start(), text.length())).append(edit.text());
            at = Math.min(edit.end(), text.length());
        }
        return result.append(text.substring(at)).toString();
    }
}
