package dev.iaclint.model;

/**
 * A span in a source file. Lines and columns are 1-based; columns count UTF-16 code units,
 * which is what SARIF and most editors expect.
 */
public record Location(String file, int line, int column, int endLine, int endColumn) {

    public static Location point(String file, int line, int column) {
        return new Location(file, line, column, line, column);
    }

    /** A location that names only the file, for problems that belong to no line. */
    public static Location file(String file) {
        return new Location(file, 1, 1, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
