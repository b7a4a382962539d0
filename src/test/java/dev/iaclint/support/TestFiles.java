package dev.iaclint.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a file of a test's temporary tree, creating its folders. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
