package dev.iaclint.kpi;

import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
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
 * file it read before. The loaders are kept too, with what they parsed, and told what changed.
 */
final class UnchangedInputs implements Pipeline.Memo {

    private record Kept(List<String> files, Set<String> folders, Pipeline.Scan scan) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
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
        kept.put(input.display(), new Kept(names(input), folders, scan));
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
        for (Iterator<Kept> it = kept.values().iterator(); it.hasNext(); ) {
            if (it.next().folders().stream().anyMatch(folders::contains)) {
                it.remove();
            }
        }
    }

    /** Forgets everything, the loaders too: the next scan starts afresh. */
    synchronized void clear() {
        kept.clear();
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
