package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.parse.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue #22: one unit running out of memory or stack is an error of that unit; the others are reported. */
class InternalErrorsTest {

    /** A loader whose units blow up as their names say. */
    private static final Loader BLOWING_UP = new Loader() {
        @Override
        public String reads() {
            return "test unit";
        }

        @Override
        public boolean mayRead(InputFile file) {
            return true;
        }

        @Override
        public Optional<Loaded> load(Input input) {
            switch (input.display()) {
                case "oom.yaml" -> throw new OutOfMemoryError("Java heap space");
                case "deep.yaml" -> throw new StackOverflowError();
                default -> {
                    return Optional.empty();
                }
            }
        }
    };

    private static List<String> scan(int threads) {
        List<InputFile> files = List.of(new InputFile(Path.of("deep.yaml"), "deep.yaml", true),
                new InputFile(Path.of("fine.yaml"), "fine.yaml", true),
                new InputFile(Path.of("oom.yaml"), "oom.yaml", true));
        return new Scanner(List.of(BLOWING_UP), threads).scan(files, new Scanner.Stage<>() {
            @Override
            public String loaded(Input input, Loaded loaded) {
                return "loaded " + input.display();
            }

            @Override
            public String skipped(InputFile file, String reason) {
                return "skipped " + file.display();
            }

            @Override
            public String failed(InputException problem) {
                return "failed " + problem.location().file() + ": " + problem.getMessage();
            }
        });
    }

    @Test
    void theUnitGetsAnErrorAndTheOthersAreReported() {
        for (int threads : List.of(1, 2)) {
            List<String> results = scan(threads);
            assertEquals(3, results.size(), results.toString());
            assertEquals(true, results.get(0).startsWith("failed deep.yaml"), results.toString());
            assertEquals("skipped fine.yaml", results.get(1));
            assertEquals(true, results.get(2).startsWith("failed oom.yaml") && results.get(2).contains("out of memory"),
                    results.toString());
        }
    }
}
