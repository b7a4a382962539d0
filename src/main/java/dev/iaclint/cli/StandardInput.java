package dev.iaclint.cli;

import dev.iaclint.parse.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code iac-lint -}: what standard input holds, saved under the name the user gives it in a
 * folder of its own, so that it is scanned like a file (its ending tells the format) and reports
 * name it as given. The folder is removed when the process exits.
 */
final class StandardInput {

    private StandardInput() {
    }

    /** The folder reports name paths from, and the file in it. */
    record Saved(Path folder, Path file) {
    }

    /** @param name the name reports give it, relative; one that would leave the folder keeps only its last part */
    static Saved save(String name) throws IOException {
        Path folder = Files.createTempDirectory("iac-lint-stdin");
        Path relative = Path.of(name).normalize();
        if (relative.isAbsolute() || relative.startsWith("..") || relative.getFileName() == null) {
            relative = Path.of(String.valueOf(Path.of(name).getFileName()));
        }
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, read(System.in));
        for (Path made = file; made != null && made.startsWith(folder); made = made.getParent()) {
            made.toFile().deleteOnExit(); // deleted in reverse order of registration: the file first
        }
        return new Saved(folder, file);
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, SourceText.MAX_BYTES + 1));
        if (bytes.length > SourceText.MAX_BYTES) {
            throw new IOException("standard input holds more than the " + SourceText.MAX_BYTES / (1024 * 1024)
                    + " MiB iac-lint reads");
        }
        return bytes;
    }
}
