package dev.iaclint.scan;

import dev.iaclint.cdk.CloudAssembly;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.SourceTree;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the files to scan under the given paths. Directories are walked without following
 * links (so a link loop cannot trap the walk), skipping tool and dependency folders; a file
 * named on the command line is always taken. The result is sorted and free of duplicates, so
 * reports come out in the same order on every run.
 */
public final class FileDiscovery {

    static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", ".terraform",
            ".terragrunt-cache", "node_modules", ".venv", "venv", "__pycache__", ".idea", ".vscode",
            ".serverless", "cdk.out", ".aws-sam");
    /** The CDK's output folder, scanned only when it is a cloud assembly (it has a manifest). */
    private static final String CDK_OUT = "cdk.out";
    /** In a cloud assembly, the folders of its file assets (Lambda code, Docker contexts) are not infrastructure code. */
    private static final String CDK_ASSET_PREFIX = "asset.";
    static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template", ".tf");

    private final Path workingDirectory;
    private final Path repositoryRoot;
    /** Asked once per finding, from the scan's threads: each file's links are resolved once. */
    private final Map<String, String> repositoryPaths = new ConcurrentHashMap<>();

    /** Files named from the working directory, in reports and in fingerprints alike. */
    public FileDiscovery(Path workingDirectory) {
        this(workingDirectory, workingDirectory);
    }

    /**
     * @param repositoryRoot what fingerprints and the baseline name files from, so that they are
     *                       the same from whatever folder iac-lint runs
     */
    public FileDiscovery(Path workingDirectory, Path repositoryRoot) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.repositoryRoot = real(repositoryRoot.toAbsolutePath().normalize());
    }

    /** What was found, and the paths that could not be walked. */
    public record Found(List<InputFile> files, List<String> missing) {
    }

    public Found discover(List<Path> roots) {
        TreeMap<String, InputFile> files = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        SourceTree tree = SourceTree.of(roots);
        for (Path root : roots) {
            if (Files.isSymbolicLink(root) && Files.exists(root) && !tree.contains(root)) {
                missing.add(root + " (a symbolic link out of the repository, not followed)");
            } else if (Files.isRegularFile(root)) {
                add(files, root, true);
            } else if (Files.isDirectory(root)) {
                walk(root, files, missing);
            } else {
                missing.add(root.toString());
            }
        }
        return new Found(List.copyOf(files.values()), missing);
    }

    /**
     * What {@link #discover} would find now, from what it found before and the files that changed
     * since (added, modified or deleted): only those are looked at. Empty when the roots are not
     * plain folders (a file or a link named), the last walk missed something, or a changed CDK
     * manifest may turn a whole {@code cdk.out} folder in or out: then discover afresh.
     *
     * @param last    what {@link #discover} (or this) found for the same roots
     * @param changed the changed files, as paths under the roots
     */
    public Optional<Found> rediscover(Found last, List<Path> roots, Collection<Path> changed) {
        for (Path root : roots) {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        if (!last.missing().isEmpty()
                || changed.stream().anyMatch(file -> file.getFileName().toString().equals(CloudAssembly.MANIFEST))) {
            return Optional.empty();
        }
        List<InputFile> files = new ArrayList<>(last.files());
        for (Path file : changed) {
            Path absolute = file.toAbsolutePath().normalize();
            String display = display(absolute);
            int at = indexOf(files, display);
            Optional<Path> root = roots.stream().filter(r -> found(r.toAbsolutePath().normalize(), absolute)).findFirst();
            if (at >= 0 && root.isEmpty()) {
                files.remove(at);
            } else if (at < 0 && root.isPresent()) {
                // Named as the first root's walk that finds it names it.
                Path top = root.get().toAbsolutePath().normalize();
                files.add(-at - 1, new InputFile(root.get().resolve(top.relativize(absolute)), display, false));
            }
            // A file still there is the same file to scan: its object stays, so what was worked out from it stays.
        }
        return Optional.of(new Found(List.copyOf(files), List.of()));
    }

    /** Whether walking the folder finds the file: a regular file to scan, in no skipped folder below the root. */
    private static boolean found(Path root, Path file) {
        if (!file.startsWith(root) || file.equals(root) || !hasScannedExtension(file)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
            if (skipped(dir)) {
                return false;
            }
        }
        return true;
    }

    /** Where the file of that name is in the sorted list, or (-(insertion point) - 1). */
    private static int indexOf(List<InputFile> files, String display) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = files.get(middle).display().compareTo(display);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /**
     * Walks a folder. A folder named on the command line through a symbolic link is followed (the
     * user asked for it), and its files keep the name the user gave; links inside are not.
     */
    private void walk(Path root, TreeMap<String, InputFile> files, List<String> missing) {
        try {
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(start) || !skipped(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasScannedExtension(file)) {
                        add(files, start == root ? file : root.resolve(start.relativize(file)), false);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    missing.add(file + " (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            missing.add(root + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether a walk leaves a folder out: tool and dependency folders ({@code .git},
     * {@code .terraform}, {@code node_modules}...), and a CDK {@code cdk.out} unless it holds a
     * cloud assembly (whose asset folders are left out).
     */
    public static boolean isSkippedDirectory(Path dir) {
        return skipped(dir);
    }

    private static boolean skipped(Path dir) {
        String name = dir.getFileName().toString();
        if (name.equals(CDK_OUT)) {
            return !Files.isRegularFile(dir.resolve(CloudAssembly.MANIFEST));
        }
        if (name.startsWith(CDK_ASSET_PREFIX) && dir.getParent() != null
                && Files.isRegularFile(dir.getParent().resolve(CloudAssembly.MANIFEST))) {
            return true;
        }
        return SKIPPED_DIRECTORIES.contains(name);
    }

    static boolean hasScannedExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot));
    }

    private void add(TreeMap<String, InputFile> files, Path file, boolean named) {
        String display = display(file);
        InputFile found = new InputFile(file, display, named);
        // Found by a walk wins over named: the whole folder was asked for.
        files.merge(display, found, (a, b) -> a.named() ? b : a);
    }

    /**
     * A file as reports name it ({@link #display}), named from the repository root instead; a file
     * outside the repository keeps its name.
     */
    public String repositoryPath(String display) {
        return repositoryPaths.computeIfAbsent(display, this::fromRepositoryRoot);
    }

    private String fromRepositoryRoot(String display) {
        Path file = workingDirectory.resolve(display).normalize();
        Path parent = file.getParent();
        Path real = parent == null ? file : real(parent).resolve(file.getFileName());
        return real.startsWith(repositoryRoot) ? repositoryRoot.relativize(real).toString().replace('\\', '/') : display;
    }

    /** Links resolved, so that a path through {@code /tmp} and one through its target compare equal. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** How reports name a path: relative to the working directory when below it, else absolute; with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        // Outside the working directory, the absolute path: however the path was typed (../tf, or
        // a module's folder found through its caller), one file has one name.
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
