package dev.iaclint.terraform;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Parallel;
import dev.iaclint.load.SourceTree;
import dev.iaclint.terraform.ModuleFolders.ParsedModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a scan's Terraform files group into root modules, each loaded as one input. A folder that
 * another scanned folder calls as a local module is evaluated through its caller; a module
 * scanned without its callers, through the configurations of the repository that call it
 * ({@link RepositoryCallers}); a folder named on the command line or one that applies on its own
 * is a root whatever calls it ({@link RootModules}). Which files each root reports on follows
 * from which files were asked for.
 */
final class RootGrouping {

    private final Function<Path, String> display;
    private final ModuleFolders moduleFolders;
    private final RepositoryCallers repositoryCallers;
    /** How the last scan's files were grouped into roots. */
    private volatile Grouping grouping;
    /** What each folder parsed into before {@link #forget} dropped it, until the next grouping. */
    private final Map<Path, ParsedModule> forgotten = new ConcurrentHashMap<>();

    /** A root module to load, with the scanned files it stands for and which files it reports on. */
    private record Root(Path folder, String name, List<InputFile> files, Predicate<String> reported) {
    }

    /**
     * Files grouped into roots.
     *
     * @param callers the version of {@link RepositoryCallers} the grouping asked
     */
    private record Grouping(List<InputFile> files, List<Root> roots, long callers) {

        /** The very same files: a history's discovery keeps a file's object while the file is there. */
        boolean sameFiles(List<InputFile> others) {
            if (others.size() != files.size()) {
                return false;
            }
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i) != files.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param display       how reports name a file
     * @param moduleFolders the loader's parsed folders, which tell what each folder calls and whether it applies on its own
     */
    RootGrouping(Function<Path, String> display, ModuleFolders moduleFolders) {
        this.display = display;
        this.moduleFolders = moduleFolders;
        this.repositoryCallers = new RepositoryCallers(moduleFolders::localModuleFolders);
    }

    /**
     * One input per root module: a folder of .tf files that no other scanned folder calls. The
     * same files grouped the same way last time (a history's next commit, which changed what some
     * files say but not which folders call which) are not grouped again.
     */
    List<Input> inputs(List<InputFile> files, Parallel parallel) {
        Grouping last = grouping;
        if (last == null || !last.sameFiles(files) || !sameRoles() || last.callers() != repositoryCallers.version()) {
            List<Root> roots = roots(files, parallel);
            last = new Grouping(files, roots, repositoryCallers.version());
            grouping = last;
        }
        forgotten.clear();
        // Inputs are made afresh: an input keeps what it read, and the files may say something else now.
        return last.roots().stream().map(root -> new Input(root.folder(), root.name(), root.files(), root.reported()))
                .toList();
    }

    /** Whether every folder forgotten since the last grouping, parsed again, calls the same folders and plays the same role. */
    private boolean sameRoles() {
        for (Map.Entry<Path, ParsedModule> was : forgotten.entrySet()) {
            ParsedModule now;
            try {
                now = moduleFolders.parse(was.getKey());
            } catch (RuntimeException | StackOverflowError e) {
                return false;
            }
            if (!now.calls().equals(was.getValue().calls()) || now.configuration() != was.getValue().configuration()
                    || now.appliesOnItsOwn() != was.getValue().appliesOnItsOwn()) {
                return false;
            }
        }
        return true;
    }

    private List<Root> roots(List<InputFile> files, Parallel parallel) {
        Map<Path, List<InputFile>> folders = new LinkedHashMap<>();
        for (InputFile file : files) {
            folders.computeIfAbsent(file.path().toAbsolutePath().normalize().getParent(), d -> new ArrayList<>()).add(file);
        }
        // The files' folders span the same tree as the files, and there are fewer of them.
        moduleFolders.readWithin(SourceTree.of(new ArrayList<>(folders.keySet())));
        // Telling roots from called modules parses every folder's .tf files (kept for the roots'
        // loads), so it runs in parallel too.
        List<Path> order = new ArrayList<>(folders.keySet());
        List<ParsedModule> modules = parallel.run(order.stream().<java.util.concurrent.Callable<ParsedModule>>map(
                folder -> () -> moduleFolders.parse(folder)).toList(), failure -> null);
        Map<Path, List<Path>> calls = new LinkedHashMap<>();
        Set<Path> configurations = new HashSet<>();
        Set<Path> withConfiguration = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            ParsedModule module = modules.get(i);
            calls.put(order.get(i), module == null ? List.of() : module.calls());
            // A folder that configures a provider, a backend or variable values is applied as it is.
            if (module != null && module.appliesOnItsOwn()) {
                configurations.add(order.get(i));
            }
            // A folder that fails here is loaded all the same, to fail again, reported, in its load.
            if (module == null || module.configuration()) {
                withConfiguration.add(order.get(i));
            }
        }
        // A folder named on the command line, or a configuration, is applied as it is: whatever
        // calls it, it is also a root.
        Set<Path> alwaysRoots = new HashSet<>();
        folders.forEach((folder, inFolder) -> {
            if (configurations.contains(folder) || inFolder.stream().anyMatch(InputFile::named)) {
                alwaysRoots.add(folder);
            }
        });
        RequestedFiles requested = RequestedFiles.of(files);
        // A module scanned without its callers (a subfolder, or a file pre-commit names) is
        // evaluated through the configurations of the repository that call it: the verdict a full
        // scan gives. A configuration (providers, a backend, variable values) is applied as it is.
        Map<Path, List<InputFile>> byRoot = new LinkedHashMap<>();
        Set<Path> askedItself = new HashSet<>();
        for (Path folder : RootModules.of(calls, alwaysRoots)) {
            if (!withConfiguration.contains(folder)) {
                continue;
            }
            boolean throughCallers = !configurations.contains(folder);
            for (Path root : throughCallers ? repositoryCallers.rootsOf(folder) : List.of(folder)) {
                byRoot.computeIfAbsent(root, r -> new ArrayList<>()).addAll(folders.getOrDefault(folder, List.of()));
                if (root.equals(folder)) {
                    askedItself.add(root);
                }
            }
        }
        List<Root> roots = new ArrayList<>();
        byRoot.forEach((root, named) -> {
            String rootName = display.apply(root);
            // Asked for a configuration (files of the root's own folder), the scan also reports
            // what it causes in the modules it calls (a caller passing alias/aws/... into a local
            // module); asked for a module, only the module's files.
            boolean configurationAsked = askedItself.contains(root);
            roots.add(new Root(root, rootName, List.copyOf(named), configurationAsked
                    ? file -> requested.contains(file) || !RequestedFiles.parentOf(file).equals(rootName)
                    : requested::contains));
        });
        return roots;
    }


    /**
     * These files changed and their folders were parsed anew: the next grouping checks that
     * those folders still call the same folders and play the same roles, and the repository's
     * callers look at their folders again.
     *
     * @param dropped what each changed folder had parsed into
     */
    void forget(Set<Path> changed, Map<Path, ParsedModule> dropped) {
        for (Map.Entry<Path, ParsedModule> was : dropped.entrySet()) {
            forgotten.putIfAbsent(was.getKey(), was.getValue());
        }
        repositoryCallers.forget(changed);
    }

    /**
     * The .tf files asked for: every file of a folder that was walked, or just the files that
     * were named.
     */
    private record RequestedFiles(Set<String> files, Set<String> wholeFolders) {

        static RequestedFiles of(List<InputFile> asked) {
            Set<String> files = new HashSet<>();
            Set<String> wholeFolders = new HashSet<>();
            for (InputFile file : asked) {
                files.add(file.display());
                // Variable values change what the whole configuration of their folder deploys.
                if (!file.named() || TerraformLoader.isVariables(file.display())) {
                    wholeFolders.add(parentOf(file.display()));
                }
            }
            return new RequestedFiles(files, wholeFolders);
        }

        boolean contains(String file) {
            return files.contains(file) || wholeFolders.contains(parentOf(file));
        }

        static String parentOf(String display) {
            int slash = display.lastIndexOf('/');
            return slash < 0 ? "" : display.substring(0, slash);
        }
    }
}
