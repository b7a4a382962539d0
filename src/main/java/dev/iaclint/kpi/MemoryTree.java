package dev.iaclint.kpi;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A commit's files as an in-memory file system, so every loader reads them through
 * {@code java.nio} exactly as it reads a checkout, and nothing is written to disk. Moving to the
 * next commit applies only the difference between the two trees, read from git objects.
 */
public final class MemoryTree implements AutoCloseable {

    /** Larger files are no infrastructure code worth scanning (a vendored binary, a data dump). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final String TOP = "/repository";

    private final Repository repository;
    private final FileSystem fileSystem;
    private final Path root;
    private RevCommit current;

    public MemoryTree(Repository repository) throws IOException {
        this.repository = repository;
        // The top folder is the working directory, as for a scan run in a checkout: files are
        // named from it, and the configuration's path patterns match those names.
        this.fileSystem = Jimfs.newFileSystem(Configuration.unix().toBuilder().setWorkingDirectory(TOP).build());
        this.root = fileSystem.getPath(TOP);
        // An empty .git marks the top of the repository, as in a checkout: modules scanned alone are
        // evaluated through the repository's callers, and nothing above it is read.
        Files.createDirectories(root.resolve(".git"));
    }

    /** The top folder of the tree: scan paths are resolved against it. */
    public Path root() {
        return root;
    }

    /** Makes the tree the commit's; gives the paths (relative, with forward slashes) that changed. */
    public Set<String> moveTo(RevCommit commit) throws IOException {
        Set<String> changed = new LinkedHashSet<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(current == null ? new EmptyTreeIterator() : tree(reader, current));
            walk.addTree(tree(reader, commit));
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                String path = walk.getPathString();
                Path file = root.resolve(path);
                Files.deleteIfExists(file);
                if (walk.getFileMode(1) == FileMode.REGULAR_FILE || walk.getFileMode(1) == FileMode.EXECUTABLE_FILE) {
                    var loader = reader.open(walk.getObjectId(1));
                    if (loader.getSize() <= MAX_FILE_BYTES) {
                        Files.createDirectories(file.getParent());
                        Files.write(file, loader.getBytes());
                    }
                }
                // Links and submodules are left out: a scan never follows them out of the tree anyway.
                changed.add(path);
            }
        }
        current = commit;
        return changed;
    }

    private static AbstractTreeIterator tree(ObjectReader reader, RevCommit commit) throws IOException {
        return new CanonicalTreeParser(null, reader, commit.getTree());
    }

    @Override
    public void close() throws IOException {
        fileSystem.close();
    }
}
