package dev.iaclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worked examples that docs/writing-policies.md shows are the policy files whose fixtures
 * {@code iac-lint test docs/custom-policies} runs, word for word, so the page shows policies that work.
 */
class WorkedExamplesDocTest {

    @Test
    void everyExamplePolicyIsShownWordForWord() throws IOException {
        String guide = Files.readString(Path.of("docs/writing-policies.md"), StandardCharsets.UTF_8);
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("docs/custom-policies"))) {
            examples = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(examples.isEmpty());

        List<Path> notShown = examples.stream()
                .filter(file -> !guide.contains("```yaml\n" + read(file) + "```\n"))
                .toList();
        assertEquals(List.of(), notShown, "copy these files into their ```yaml blocks in docs/writing-policies.md");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
