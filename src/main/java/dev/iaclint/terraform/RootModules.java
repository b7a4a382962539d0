package dev.iaclint.terraform;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which scanned folders are root modules. A folder is a child only of a root that is itself
 * evaluated: otherwise an unused folder calling {@code ../} (or two folders calling each other)
 * would make the real root a child and leave nothing scanned. A folder named on the command line
 * or one that applies on its own (a provider, a backend, variable values) is a root whatever calls
 * it, so a call cannot replace its own inputs by the caller's. Every folder ends up evaluated,
 * as a root or as a module some root calls; a cycle is reported when the root that reaches it
 * loads.
 */
final class RootModules {

    private RootModules() {
    }

    /**
     * @param calls the local module folders each scanned folder calls, in path order
     * @param alwaysRoots folders that are roots whatever calls them
     * @return the roots, in path order
     */
    static List<Path> of(Map<Path, List<Path>> calls, Set<Path> alwaysRoots) {
        Set<Path> called = new HashSet<>();
        calls.forEach((folder, callees) -> callees.stream().filter(c -> !c.equals(folder)).forEach(called::add));
        Set<Path> roots = new LinkedHashSet<>();
        Set<Path> covered = new HashSet<>();
        for (Path folder : calls.keySet()) {
            if (alwaysRoots.contains(folder) || !called.contains(folder)) {
                roots.add(folder);
                cover(folder, calls, covered);
            }
        }
        // What is left is called only from cycles or from folders reached only through them:
        // the first in path order is evaluated, and with it what it calls.
        for (Path folder : calls.keySet()) {
            if (!covered.contains(folder)) {
                roots.add(folder);
                cover(folder, calls, covered);
            }
        }
        return calls.keySet().stream().filter(roots::contains).toList();
    }

    private static void cover(Path root, Map<Path, List<Path>> calls, Set<Path> covered) {
        Deque<Path> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Path folder = pending.pop();
            if (covered.add(folder)) {
                pending.addAll(calls.getOrDefault(folder, new ArrayList<>()));
            }
        }
    }
}
