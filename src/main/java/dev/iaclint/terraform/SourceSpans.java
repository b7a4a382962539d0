package dev.iaclint.terraform;

import dev.iaclint.model.Location;
import java.util.List;

/** The text a span covers, for messages that quote what was written. */
final class SourceSpans {

    /** Long expressions are cut: a message quotes them, it does not reproduce them. */
    private static final int MAX_LENGTH = 120;

    private SourceSpans() {
    }

    /** The text of a span, its lines joined by a space; columns are 1-based and the end is exclusive. */
    static String text(List<String> lines, Location span) {
        if (span.line() < 1 || span.endLine() > lines.size() || span.endLine() < span.line()) {
            return "(expression)";
        }
        StringBuilder text = new StringBuilder();
        for (int line = span.line(); line <= span.endLine(); line++) {
            String content = lines.get(line - 1);
            int from = line == span.line() ? Math.min(content.length(), Math.max(0, span.column() - 1)) : 0;
            int to = line == span.endLine() ? Math.min(content.length(), Math.max(from, span.endColumn() - 1))
                    : content.length();
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(content.substring(from, to).strip());
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text.toString();
    }
}
