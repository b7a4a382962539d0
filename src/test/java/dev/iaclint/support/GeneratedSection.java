package dev.iaclint.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a document that code prints, between two marker lines, and kept equal to it by a
 * test. Run the tests with {@code -Dupdate-docs=true} to rewrite the part instead of failing.
 *
 * @param test the test that checks this part, named in the failure's advice
 */
public record GeneratedSection(Path document, String begin, String end, Class<?> test) {

    public static final String UPDATE_PROPERTY = "update-docs";

    /** Fails unless the document holds exactly {@code generated} between the markers (or rewrites it). */
    public void assertCurrent(String generated) {
        String text = read();
        int from = text.indexOf(begin + "\n");
        int to = text.indexOf(end, Math.max(from, 0));
        assertTrue(from >= 0 && to >= 0, document + " lacks the markers " + begin + " and " + end);
        from += begin.length() + 1;
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(text.substring(0, from) + generated + text.substring(to));
            return;
        }
        assertEquals(generated, text.substring(from, to), document + " differs from what the code prints; rewrite it with: mvn -B test -Dtest="
                + test.getSimpleName() + " -D" + UPDATE_PROPERTY + "=true");
    }

    private String read() {
        try {
            return Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            Files.writeString(document, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
