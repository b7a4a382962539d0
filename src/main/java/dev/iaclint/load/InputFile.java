package dev.iaclint.load;

import java.nio.file.Path;

/**
 * A file to scan.
 *
 * @param path    where it is on disk
 * @param display how reports name it: relative to the working directory when it lies below it,
 *                with forward slashes, as the user typed it
 * @param named   named on the command line (as pre-commit does), not found by walking a folder
 */
public record InputFile(Path path, String display, boolean named) {
}
