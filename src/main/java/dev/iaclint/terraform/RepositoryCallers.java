package dev.iaclint.terraform;

import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The configurations of the repository that call a module folder, whether or not they were
 * scanned: a module is deployed with what its callers pass, so a scan of the module alone (a
 * subfolder, or one file named by pre-commit) is evaluated through them and gives the verdict a
 * scan of the whole repository gives. Built on first use, once per scan, from the folders of
 * Terraform files under the repository root (the nearest folder above with {@code .git}).
 */
final class RepositoryCallers {

    /** More Terraform folders than a repository plausibly holds: the search stops, and modules stand alone. */
    static final int MAX_FOLDERS = 2_000;

    private final Function<Path, List<Path>> calls;
    private final Map<Path, Map<Path, List<Path>>> callersByRepository = new HashMap<>();

    /** @param calls the folders of the local modules a folder calls */
    RepositoryCallers(Function<Path, List<Path>> calls) {
        this.calls = calls;
    }

    /** Forgets the callers found so far, after the repository's files changed. */
    synchronized void forget() {
        callersByRepository.clear();
    }

    /**
     * The roots through which a folder is deployed: the configurations above it that nothing
     * calls; the folder itself when nothing in its repository calls it (or outside a repository).
     */
    synchronized List<Path> rootsOf(Path folder) {
        Optional<Path> repository = repositoryOf(folder);
        if (repository.isEmpty()) {
            return List.of(folder);
        }
        Map<Path, List<Path>> callers = callersByRepository.computeIfAbsent(repository.get(), this::index);
        Set<Path> roots = new LinkedHashSet<>();
        Set<Path> seen = new HashSet<>(List.of(folder));
        Deque<Path> pending = new ArrayDeque<>(List.of(folder));
        while (!pending.isEmpty()) {
            Path current = pending.poll();
            List<Path> above = callers.getOrDefault(current, List.of());
            if (above.isEmpty()) {
                roots.add(current);
            }
            above.stream().filter(seen::add).forEach(pending::add);
        }
        // A folder whose callers all call each other has no root above it: it is its own.
        return roots.isEmpty() ? List.of(folder) : List.copyOf(roots);
    }

    private static Optional<Path> repositoryOf(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Every folder of Terraform files in the repository, to the folders that call it. */
    private Map<Path, List<Path>> index(Path repository) {
        Map<Path, List<Path>> callers = new HashMap<>();
        int[] folders = {0};
        try {
            Files.walkFileTree(repository, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(repository) && FileDiscovery.isSkippedDirectory(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (hasTerraform(dir)) {
                        if (++folders[0] > MAX_FOLDERS) {
                            callers.clear();
                            return FileVisitResult.TERMINATE;
                        }
                        for (Path called : calls.apply(dir)) {
                            callers.computeIfAbsent(called, c -> new ArrayList<>()).add(dir);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return callers; // what could be read; the scanned folders still load on their own
        }
        return callers;
    }

    private static boolean hasTerraform(Path dir) {
        try (var list = Files.list(dir)) {
            return list.anyMatch(p -> TerraformLoader.isConfiguration(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }
}
