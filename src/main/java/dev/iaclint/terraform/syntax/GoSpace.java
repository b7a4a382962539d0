package dev.iaclint.terraform.syntax;

/**
 * White space as Go's {@code unicode.IsSpace} defines it, which HashiCorp's HCL scanner uses
 * (through {@code bytes.TrimSpace}) to recognise a heredoc's closing line. Java's
 * {@code String.strip()} differs both ways: it keeps U+0085 and U+00A0 but trims U+001C to
 * U+001F, so a closing marker followed by a no-break space would end the heredoc for Terraform
 * and not for us, and every resource after it would be read as string content.
 */
final class GoSpace {

    private GoSpace() {
    }

    static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        // Unicode's White_Space property above Latin-1, the table Go uses.
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** The text without leading and trailing Go white space. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }
}
