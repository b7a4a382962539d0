package dev.iaclint.engine.suppress;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Glob patterns over file names, {@code legacy/**}, {@code **}{@code /*.generated.yaml}, written
 * relative to a folder (the configuration file's), so that they mean the same files from whatever
 * folder iac-lint runs. A file outside that folder is matched by its absolute path. No patterns
 * match everything.
 */
public final class PathPatterns {

    private final List<String> globs;
    private final List<PathMatcher> matchers;
    private final Path base;

    /** Patterns over the names reports use: relative to the working directory. */
    public PathPatterns(List<String> globs) {
        this(globs, Path.of(""));
    }

    /** @param base the folder the patterns are relative to */
    public PathPatterns(List<String> globs, Path base) {
        this.globs = List.copyOf(globs);
        this.matchers = globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        this.base = base.toAbsolutePath().normalize();
    }

    /** @param file a file as reports name it: relative to the working directory, or absolute */
    public boolean matches(String file) {
        if (matchers.isEmpty()) {
            return true;
        }
        // The base's file system: a commit kpi reads lives in memory, where reports name files
        // from its top folder, the in-memory file system's working directory.
        Path absolute = base.getFileSystem().getPath(file).toAbsolutePath().normalize();
        Path path = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }

    public List<String> globs() {
        return globs;
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", globs);
    }
}
