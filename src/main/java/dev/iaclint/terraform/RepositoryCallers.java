package dev.iaclint.terraform;

import dev.iaclint.cdk.CloudAssembly;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The configurations of the repository that call a module folder, whether or not they were
 * scanned: a module is deployed with what its callers pass, so a scan of the module alone (a
 * subfolder, or one file named by pre-commit) is evaluated through them and gives the verdict a
 * scan of the whole repository gives. Built on first use from the folders of Terraform files
 * under the repository root (the nearest folder above with {@code .git}); when files change (a
 * history moving to its next commit) only the folders they are in are looked at again.
 */
final class RepositoryCallers {

    /** More Terraform folders than a repository plausibly holds: the search stops, and modules stand alone. */
    static final int MAX_FOLDERS = 2_000;

    /**
     * Folders in the order a walk of the tree meets them, each folder before what it holds and
     * names in text order: whatever order the file system lists a folder in, callers come in one order.
     */
    static final Comparator<Path> TREE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
            int names = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (names != 0) {
                return names;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    private final Function<Path, List<Path>> calls;
    private final Map<Path, Index> indexes = new HashMap<>();
    private final Map<Path, Optional<Path>> repositories = new HashMap<>();
    /** Counts the changes of who calls whom: the same version gives the same roots. */
    private long version;

    /** @param calls the folders of the local modules a folder calls */
    RepositoryCallers(Function<Path, List<Path>> calls) {
        this.calls = calls;
    }

    /**
     * These files changed: the folders they are in are looked at again on next use. A changed
     * CDK manifest may make a {@code cdk.out} folder scanned or skipped, so the index starts over.
     */
    synchronized void forget(Set<Path> changed) {
        Set<Path> folders = new HashSet<>();
        for (Path file : changed) {
            String name = file.getFileName().toString();
            if (name.equals(CloudAssembly.MANIFEST) || name.equals(".git")) {
                indexes.clear();
                repositories.clear();
                version++;
                return;
            }
            if (TerraformLoader.isConfiguration(name)) {
                folders.add(file.toAbsolutePath().normalize().getParent());
            }
        }
        for (Iterator<Index> it = indexes.values().iterator(); it.hasNext() && !folders.isEmpty(); ) {
            Index index = it.next();
            if (!index.changed(folders)) {
                it.remove();
                version++;
            }
        }
    }

    /** Changes whenever a folder's roots may have: an index walked again or a call added or removed. */
    synchronized long version() {
        return version;
    }

    /**
     * The roots through which a folder is deployed: the configurations above it that nothing
     * calls; the folder itself when nothing in its repository calls it (or outside a repository).
     */
    synchronized List<Path> rootsOf(Path folder) {
        Optional<Path> repository = repositories.computeIfAbsent(folder, RepositoryCallers::repositoryOf);
        if (repository.isEmpty()) {
            return List.of(folder);
        }
        return indexes.computeIfAbsent(repository.get(), this::index).rootsOf(folder);
    }

    private static Optional<Path> repositoryOf(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Every folder of Terraform files in the repository, with what it calls. */
    private Index index(Path repository) {
        Index index = new Index(repository);
        try {
            Files.walkFileTree(repository, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(repository) && FileDiscovery.isSkippedDirectory(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (hasTerraform(dir) && !index.add(dir)) {
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what could be read; the scanned folders still load on their own
        }
        return index;
    }

    private static boolean hasTerraform(Path dir) {
        try (var list = Files.list(dir)) {
            return list.anyMatch(p -> TerraformLoader.isConfiguration(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /** One repository's Terraform folders and who calls whom, with the roots found so far. */
    private final class Index {

        private final Path repository;
        /** Each Terraform folder to the folders it calls, in {@link #TREE_ORDER}. */
        private final Map<Path, List<Path>> callees = new TreeMap<>(TREE_ORDER);
        /** More folders than {@link #MAX_FOLDERS}: no caller is known, and the index cannot be updated. */
        private boolean overflow;
        /** Made from {@link #callees} on first use after it changed. */
        private Map<Path, List<Path>> callers;
        private final Map<Path, List<Path>> roots = new HashMap<>();

        Index(Path repository) {
            this.repository = repository;
        }

        /** A Terraform folder found by the walk; false when there are too many. */
        boolean add(Path folder) {
            if (callees.size() >= MAX_FOLDERS) {
                overflow = true;
                callees.clear();
                return false;
            }
            callees.put(folder, List.copyOf(calls.apply(folder)));
            return true;
        }

        /**
         * Files changed in these folders: each is a Terraform folder of the index, with what it
         * calls, or no longer one. False when the index has to be walked again.
         */
        boolean changed(Set<Path> folders) {
            if (overflow) {
                return false;
            }
            boolean moved = false;
            for (Path folder : folders) {
                if (!folder.startsWith(repository)) {
                    continue;
                }
                List<Path> now = hasTerraform(folder) && !skipped(folder) ? List.copyOf(calls.apply(folder)) : null;
                List<Path> before = now == null ? callees.remove(folder) : callees.put(folder, now);
                moved |= !java.util.Objects.equals(before, now);
            }
            if (callees.size() > MAX_FOLDERS) {
                return false;
            }
            if (moved) {
                callers = null;
                roots.clear();
                version++;
            }
            return true;
        }

        /** Whether the walk leaves the folder out: it is in a tool or dependency folder. */
        private boolean skipped(Path folder) {
            for (Path dir = folder; dir != null && !dir.equals(repository); dir = dir.getParent()) {
                if (FileDiscovery.isSkippedDirectory(dir)) {
                    return true;
                }
            }
            return false;
        }

        List<Path> rootsOf(Path folder) {
            return roots.computeIfAbsent(folder, this::findRoots);
        }

        private List<Path> findRoots(Path folder) {
            if (callers == null) {
                callers = new HashMap<>();
                callees.forEach((caller, called) -> called.forEach(c ->
                        callers.computeIfAbsent(c, k -> new ArrayList<>()).add(caller)));
            }
            Set<Path> found = new LinkedHashSet<>();
            Set<Path> seen = new HashSet<>(List.of(folder));
            Deque<Path> pending = new ArrayDeque<>(List.of(folder));
            while (!pending.isEmpty()) {
                Path current = pending.poll();
                List<Path> above = callers.getOrDefault(current, List.of());
                if (above.isEmpty()) {
                    found.add(current);
                }
                above.stream().filter(seen::add).forEach(pending::add);
            }
            // A folder whose callers all call each other has no root above it: it is its own.
            return found.isEmpty() ? List.of(folder) : List.copyOf(found);
        }
    }
}
