package dev.iaclint.parse;

/**
 * Whether a text may spell a word in escapes ({@code \u0052esources} in JSON, {@code "\x52esources"}
 * in YAML), so that a look at its bytes cannot tell what it is: only parsing it can. Loaders
 * look for their keywords in the text before parsing, to spare most files the parse; a file
 * that escapes its keys must not slip past that look.
 */
public final class EscapedText {

    private EscapedText() {
    }

    public static boolean mayHide(String text) {
        return text.contains("\\u") || text.contains("\\x") || text.contains("\\U");
    }
}
