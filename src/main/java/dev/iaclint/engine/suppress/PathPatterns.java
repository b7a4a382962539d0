package dev.iaclint.engine.suppress;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Glob patterns over the file names reports use (forward slashes, relative to the working
 * directory): {@code legacy/**}, {@code **}{@code /*.generated.yaml}. No patterns match everything.
 */
public final class PathPatterns {

    private final List<String> globs;
    private final List<PathMatcher> matchers;

    public PathPatterns(List<String> globs) {
        this.globs = List.copyOf(globs);
        this.matchers = globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    public boolean matches(String file) {
        if (matchers.isEmpty()) {
            return true;
        }
        Path path = Path.of(file);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", globs);
    }
}
