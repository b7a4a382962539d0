package dev.iaclint.parse;

import dev.iaclint.model.Location;

/**
 * Where the lines of a string's text are written in its file, when they are written there line for
 * line: a span with as many line breaks as the text (a literal part of a heredoc template, any
 * one-line string) starts at its first line; a block (a Terraform heredoc, a YAML literal block scalar) starts on the line after its
 * opening ({@code <<POLICY}, {@code |}) and ends on the line of its closing. Anything else (a
 * quoted string whose lines are {@code \n} escapes, a folded scalar) does not say where its lines are.
 */
public final class SourceLines {

    private SourceLines() {
    }

    /** The file line of the text's first line, or 0 when its lines are not the file's. */
    public static int firstLine(Location span, String text) {
        long breaks = text.chars().filter(c -> c == '\n').count();
        int lines = span.endLine() - span.line();
        if (lines == breaks) {
            return span.line();
        }
        if (lines == breaks + 1 && text.endsWith("\n")) {
            return span.line() + 1;
        }
        return 0;
    }
}
