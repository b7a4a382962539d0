package dev.iaclint.kpi;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.pipeline.Pipeline;
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
 * too. The loaders are kept, with what they parsed, and told what changed.
 */
final class UnchangedInputs implements Pipeline.Memo {

    /**
     * @param folders  the folders of the files it read: any change in them may change it
     * @param alsoRead the other files and folders it looked at, from the root
     */
    private record Kept(List<String> files, Set<String> folders, Set<String> alsoRead, Pipeline.Scan scan) {

        boolean changedBy(Set<String> paths, Set<String> inFolders) {
            return folders.stream().anyMatch(inFolders::contains) || alsoRead.stream()
                    .anyMatch(read -> paths.contains(read) || inFolders.contains(read));
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** The inputs the current scan recalled or kept: the others no longer exist. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Path root;
    private List<Loader> loaders;
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
    public Optional<Pipeline.Scan> recall(Input input) {
        Kept last = kept.get(input.display());
        if (last == null || !last.files().equals(names(input))) {
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
        }
        if (current != null) {
            current.forEach(loader -> loader.forget(files));
        }
        Set<String> folders = new HashSet<>();
        paths.forEach(path -> folders.add(folderOf(path)));
        kept.values().removeIf(last -> last.changedBy(paths, folders));
    }

    /**
     * Whether the last scan's units read one of these paths besides their source files (a policy
     * file that {@code file()} read): a commit that changes only such a file changes the scan.
     */
    boolean read(Set<String> paths) {
        return kept.values().stream().anyMatch(last -> last.alsoRead().stream().anyMatch(paths::contains));
    }

    /** The scan is over: what it neither recalled nor kept belongs to inputs that are gone. */
    void scanned() {
        kept.keySet().retainAll(used);
        used.clear();
    }

    /** Forgets everything, the loaders too: the next scan starts afresh. */
    synchronized void clear() {
        kept.clear();
        used.clear();
        loaders = null;
    }

    synchronized int reused() {
        return reused;
    }

    synchronized int evaluated() {
        return evaluated;
    }

    private static List<String> names(Input input) {
        return input.files().stream().map(InputFile::display).toList();
    }

    private static String folderOf(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "" : display.substring(0, slash);
    }
}
