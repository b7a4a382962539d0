package dev.iaclint.report;

import dev.iaclint.model.Severity;

/**
 * How the line reports (text, compact) mark severities, rule ids and paths: with ANSI colours on
 * a terminal, or not at all. Every value is escaped first ({@link ControlChars}); a value that
 * needed escaping is written plain, so colour codes never surround text a scanned file could
 * have crafted to look like them.
 */
public final class Highlight {

    /** No colour: files, pipes, CI logs, NO_COLOR. */
    public static final Highlight NONE = new Highlight(false);
    /** ANSI colours, for a terminal. */
    public static final Highlight ANSI = new Highlight(true);

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String PATH = "\u001b[35m";

    private final boolean colours;

    private Highlight(boolean colours) {
        this.colours = colours;
    }

    public static Highlight of(boolean colours) {
        return colours ? ANSI : NONE;
    }

    /** The text (a severity's label, padded or not) in its severity's colour. */
    public String severity(Severity severity, String text) {
        return paint(switch (severity) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        }, text);
    }

    public String rule(String id) {
        return paint(BOLD, id);
    }

    public String path(String file) {
        return paint(PATH, file);
    }

    /** Escaped, and coloured only when escaping left it as it was. */
    private String paint(String code, String text) {
        String escaped = ControlChars.escape(text);
        if (!colours || escaped == null || !escaped.equals(text) || text.isEmpty()) {
            return escaped;
        }
        return code + text + RESET;
    }
}
