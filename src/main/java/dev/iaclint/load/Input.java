package dev.iaclint.load;

import dev.iaclint.parse.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What one loader call reads: a file, or a folder with the files asked for in it. The text of a
 * single file is read once, however many loaders look at it.
 */
public final class Input {

    private final Path path;
    private final String display;
    private final List<InputFile> files;
    private final Predicate<String> reported;
    private String text;

    /**
     * @param path     the file, or the folder a unit is loaded from
     * @param display  how reports name it
     * @param files    the scanned files it stands for
     * @param reported which of the files the load reads are reported on (by display name); the
     *                 others are read only for context, as when pre-commit names one file of a module
     */
    public Input(Path path, String display, List<InputFile> files, Predicate<String> reported) {
        this.path = path;
        this.display = display;
        this.files = List.copyOf(files);
        this.reported = reported;
    }

    /** A single file, reported in full. */
    public static Input of(InputFile file) {
        return new Input(file.path(), file.display(), List.of(file), file.display()::equals);
    }

    public Path path() {
        return path;
    }

    public String display() {
        return display;
    }

    public List<InputFile> files() {
        return files;
    }

    public boolean reports(String file) {
        return reported.test(file);
    }

    /** Whether the file is JSON: named so, or its text opens an object (JSON is YAML too, but read apart). */
    public boolean isJson() {
        return display.toLowerCase(Locale.ROOT).endsWith(".json") || text().stripLeading().startsWith("{");
    }

    /** The file's text, read as strict UTF-8 on first use. */
    public synchronized String text() {
        if (text == null) {
            text = SourceText.read(path, display);
        }
        return text;
    }
}
