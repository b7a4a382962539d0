package dev.iaclint.report;

/**
 * Text that XML 1.0 can hold. A scanned file can put characters into names and messages that no
 * XML 1.0 document may contain (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF); the
 * JUnit report writes each as its escape ({@code \x01}, {@code \ud800}) so that it still parses.
 */
final class XmlText {

    private XmlText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            } else {
                out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
