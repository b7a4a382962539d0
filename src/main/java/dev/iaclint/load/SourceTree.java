package dev.iaclint.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tree a scan may read: the repository (the git top level above the scanned paths) or,
 * outside git, their common folder. A pull request controls the links and module sources in
 * it; anything they reach outside this tree (another checkout on the runner, {@code /proc})
 * is not read.
 */
public final class SourceTree {

    private final Path root;
    private final boolean repository;

    private SourceTree(Path root, boolean repository) {
        this.root = root;
        this.repository = repository;
    }

    /** The tree of the given paths (files or folders). */
    public static SourceTree of(List<Path> paths) {
        Path common = null;
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
            common = common == null ? folder : commonAncestor(common, folder);
        }
        if (common == null) {
            common = Path.of("").toAbsolutePath();
        }
        for (Path up = common; up != null; up = up.getParent()) {
            if (Files.exists(up.resolve(".git"))) {
                return new SourceTree(real(up), true);
            }
        }
        return new SourceTree(real(common), false);
    }

    public Path root() {
        return root;
    }

    /** Whether the root is a git repository's top level (else it is only the paths' common folder). */
    public boolean isRepository() {
        return repository;
    }

    /** Whether the path, links resolved, is inside the tree; a path that cannot be resolved is not. */
    public boolean contains(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path commonAncestor(Path a, Path b) {
        Path common = a;
        while (common != null && !b.startsWith(common)) {
            common = common.getParent();
        }
        return common == null ? a.getRoot() : common;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
