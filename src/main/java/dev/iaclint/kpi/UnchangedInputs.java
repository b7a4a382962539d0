package dev.iaclint.kpi;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.pipeline.MergedOutcomes;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.scan.FileDiscovery;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The inputs of the last scan, kept until a commit changes a folder they read. A whole folder,
 * not just the files read, because what a unit is made of depends on which files its folders
 * hold: a new {@code .tf} file or {@code terraform.tfvars} changes a module without changing any
 * file it read before. What else a unit looked at ({@link dev.iaclint.model.Unit#alsoRead}: a
 * policy file read by {@code file()}, a module folder that does not exist yet) is kept with it
 * too. The loaders are kept, with what they parsed, and told what changed; so are the files
 * discovered and the outcomes merged file by file, each updated only where files changed.
 */
final class UnchangedInputs implements Pipeline.Memo {

    /**
     * @param folders  the folders of the files it read: any change in them may change it
     * @param alsoRead the other files and folders it looked at, from the root
     */
    private record Kept(List<String> files, Set<String> folders, Set<String> alsoRead, Pipeline.Scan scan) {

        /** A commit changes few files, a unit reads many: each changed one is looked up. */
        boolean changedBy(Set<String> paths, Set<String> inFolders) {
            for (String folder : inFolders) {
                if (folders.contains(folder) || alsoRead.contains(folder)) {
                    return true;
                }
            }
            return read(paths);
        }

        boolean read(Set<String> paths) {
            for (String path : paths) {
                if (alsoRead.contains(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /**
     * The inputs kept by each folder and file they read: a commit's few changes find the inputs
     * to forget without looking at every input. May name inputs since kept again without it.
     */
    private final Map<String, Set<String>> readers = new ConcurrentHashMap<>();
    /** The inputs the current scan recalled or kept: the others no longer exist. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Path root;
    private List<Loader> loaders;
    /** What the last scan discovered, under which paths, and the files changed since. */
    private FileDiscovery.Found discovered;
    private List<Path> discoveredUnder;
    private final Set<Path> changedSinceDiscovery = new HashSet<>();
    private MergedOutcomes outcomes = new MergedOutcomes();
    private int reused;
    private int evaluated;

    /** @param root the folder the scan's files are named from */
    UnchangedInputs(Path root) {
        this.root = root;
    }

    @Override
    public synchronized List<Loader> loaders(Supplier<List<Loader>> fresh) {
        if (loaders == null) {
            loaders = fresh.get();
        }
        return loaders;
    }

    @Override
    public synchronized FileDiscovery.Found discover(List<Path> paths, FileDiscovery discovery) {
        FileDiscovery.Found found = discovered != null && paths.equals(discoveredUnder)
                ? discovery.rediscover(discovered, paths, changedSinceDiscovery).orElseGet(() -> discovery.discover(paths))
                : discovery.discover(paths);
        discovered = found;
        discoveredUnder = List.copyOf(paths);
        changedSinceDiscovery.clear();
        return found;
    }

    @Override
    public synchronized MergedOutcomes outcomes() {
        return outcomes;
    }

    @Override
    public Optional<Pipeline.Scan> recall(Input input) {
        Kept last = kept.get(input.display());
        if (last == null || !sameFiles(last.files(), input.files())) {
            return Optional.empty();
        }
        used.add(input.display());
        synchronized (this) {
            reused++;
        }
        return Optional.of(last.scan());
    }

    @Override
    public void keep(Input input, Loaded loaded, Pipeline.Scan scan) {
        Set<String> folders = new HashSet<>();
        input.files().forEach(file -> folders.add(folderOf(file.display())));
        loaded.files().stream().map(SourceFile::display).forEach(file -> folders.add(folderOf(file)));
        Set<String> alsoRead = new HashSet<>();
        for (Path path : loaded.unit().alsoRead()) {
            Path absolute = path.toAbsolutePath().normalize();
            // Outside the tree nothing changes from one commit to the next.
            if (absolute.startsWith(root)) {
                alsoRead.add(root.relativize(absolute).toString().replace('\\', '/'));
            }
        }
        kept.put(input.display(), new Kept(names(input), folders, alsoRead, scan));
        for (Set<String> read : List.of(folders, alsoRead)) {
            read.forEach(path -> readers.computeIfAbsent(path, p -> ConcurrentHashMap.newKeySet()).add(input.display()));
        }
        used.add(input.display());
        synchronized (this) {
            evaluated++;
        }
    }

    /** Forgets every input that read a folder where one of these paths changed. */
    void changed(Set<String> paths) {
        Set<Path> files = new HashSet<>();
        paths.forEach(path -> files.add(root.resolve(path)));
        List<Loader> current;
        synchronized (this) {
            current = loaders;
            changedSinceDiscovery.addAll(files);
        }
        if (current != null) {
            current.forEach(loader -> loader.forget(files));
        }
        Set<String> folders = new HashSet<>();
        paths.forEach(path -> folders.add(folderOf(path)));
        Set<String> candidates = new HashSet<>();
        for (Set<String> changedPaths : List.of(paths, folders)) {
            changedPaths.forEach(path -> candidates.addAll(readers.getOrDefault(path, Set.of())));
        }
        candidates.forEach(input -> kept.computeIfPresent(input,
                (name, last) -> last.changedBy(paths, folders) ? null : last));
    }

    /**
     * Whether the last scan's units read one of these paths besides their source files (a policy
     * file that {@code file()} read): a commit that changes only such a file changes the scan.
     */
    boolean read(Set<String> paths) {
        for (String path : paths) {
            for (String input : readers.getOrDefault(path, Set.of())) {
                Kept last = kept.get(input);
                if (last != null && last.read(paths)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The scan is over: what it neither recalled nor kept belongs to inputs that are gone. */
    void scanned() {
        // What the scan used is kept; when it is all of it, nothing is gone.
        if (used.size() != kept.size()) {
            kept.keySet().retainAll(used);
        }
        used.clear();
    }

    /** Forgets everything, the loaders too: the next scan starts afresh. */
    synchronized void clear() {
        kept.clear();
        readers.clear();
        used.clear();
        loaders = null;
        discovered = null;
        changedSinceDiscovery.clear();
        outcomes = new MergedOutcomes();
    }

    synchronized int reused() {
        return reused;
    }

    synchronized int evaluated() {
        return evaluated;
    }

    private static boolean sameFiles(List<String> names, List<InputFile> files) {
        if (names.size() != files.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(files.get(i).display())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(Input input) {
        return input.files().stream().map(InputFile::display).toList();
    }

    private static String folderOf(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "" : display.substring(0, slash);
    }
}
