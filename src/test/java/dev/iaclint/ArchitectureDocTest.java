package dev.iaclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md has a row for every package of the code, so a new package gets its line. */
class ArchitectureDocTest {

    private static final Path ROOT = Path.of("src/main/java/dev/iaclint");

    @Test
    void everyPackageHasARowInThePackageTable() throws IOException {
        String architecture = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        List<String> packages = packages();
        assertTrue(packages.contains("terraform.syntax"), "sub-packages are found: " + packages);

        List<String> missing = packages.stream()
                .filter(name -> !architecture.contains("\n| `" + name + "` |"))
                .toList();
        assertEquals(List.of(), missing, "add a row '| `package` | role |' to the package table of docs/architecture.md");
    }

    /** Every folder that holds a Java file, as a package name relative to dev.iaclint. */
    private static List<String> packages() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> ROOT.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .filter(name -> !name.isEmpty())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
