package dev.iaclint.parse;

/** Shortens parser messages, which often run to several lines with a snippet, to their first line. */
final class Messages {

    private Messages() {
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
