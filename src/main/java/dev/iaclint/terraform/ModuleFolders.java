package dev.iaclint.terraform;

import dev.iaclint.load.SourceTree;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.terraform.syntax.Body;
import dev.iaclint.terraform.syntax.Expr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The module folders of one loader, each parsed once into its files and what telling roots from
 * modules asks of it: grouping the scan's files and building every root that calls a folder
 * share the one parse, and a history scan keeps it until a file of the folder changes.
 */
final class ModuleFolders {

    private final Function<Path, String> display;
    private final Map<Path, ParsedModule> parsed = new ConcurrentHashMap<>();
    /** What module folders may read: set from the scan's files; a root loaded on its own is its own tree. */
    private volatile SourceTree tree;

    /**
     * A module folder's files, and what telling roots from modules asks of them on every scan,
     * worked out once: a history scan keeps them until a file of the folder changes.
     *
     * @param calls           the folders of the local modules it calls
     * @param configuration   it holds a module's files, not just variable values
     * @param appliesOnItsOwn it configures a provider or a backend, or has variable values
     */
    record ParsedModule(List<ParsedFile> files, List<InputException> problems, List<Path> calls,
                        boolean configuration, boolean appliesOnItsOwn) {
    }

    /** @param display how reports name a file */
    ModuleFolders(Function<Path, String> display) {
        this.display = display;
    }

    /** The scan's files span this tree: module folders may read within it. */
    void readWithin(SourceTree scanned) {
        tree = scanned;
    }

    /** What the modules of a root may read: the scan's tree, or the root's own folder when it is loaded on its own. */
    SourceTree readable(Path root) {
        SourceTree scanned = tree;
        return scanned != null ? scanned : SourceTree.of(List.of(root));
    }

    ParsedModule parse(Path dir) {
        return parsed.computeIfAbsent(dir.normalize(), this::read);
    }

    /** The folders of the local modules a folder calls, so callers can tell roots from children. */
    List<Path> localModuleFolders(Path dir) {
        return parse(dir).calls();
    }

    /**
     * These files changed: their folders are parsed again on next use.
     *
     * @return what each of their folders had parsed into, for those parsed before
     */
    Map<Path, ParsedModule> forget(Set<Path> changed) {
        Map<Path, ParsedModule> dropped = new LinkedHashMap<>();
        for (Path file : changed) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            ParsedModule was = parsed.remove(folder);
            if (was != null) {
                dropped.putIfAbsent(folder, was);
            }
        }
        return dropped;
    }

    private ParsedModule read(Path dir) {
        List<ParsedFile> files = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        List<Path> tf;
        try (Stream<Path> list = Files.list(dir)) {
            SourceTree readable = readable(dir);
            // A link out of the tree (x.tf -> /proc/self/environ) is not followed.
            tf = list.filter(p -> TerraformLoader.isConfiguration(p.getFileName().toString()) && Files.isRegularFile(p)
                    && (!Files.isSymbolicLink(p) || readable.contains(p))).sorted().toList();
        } catch (IOException e) {
            problems.add(new InputException(Location.file(display.apply(dir)), "cannot list the module folder: " + e));
            return parsed(dir, files, problems);
        }
        for (Path path : tf) {
            String name = display.apply(path);
            try {
                files.add(ParsedFile.read(path, name, false));
            } catch (InputException problem) {
                problems.add(problem);
                files.add(new ParsedFile(name, null, List.of()));
            }
        }
        List<ParsedFile> merged = Overrides.apply(files);
        problems.addAll(DuplicateBlocks.find(merged));
        return parsed(dir, merged, problems);
    }

    private static ParsedModule parsed(Path dir, List<ParsedFile> files, List<InputException> problems) {
        return new ParsedModule(files, problems, List.copyOf(localModuleFolders(dir, files)),
                files.stream().anyMatch(file -> TerraformLoader.isConfiguration(file.display())),
                appliesOnItsOwn(dir, files));
    }

    private static List<Path> localModuleFolders(Path dir, List<ParsedFile> files) {
        List<Path> folders = new ArrayList<>();
        for (ParsedFile file : files) {
            if (file.body() == null) {
                continue;
            }
            for (Body.Block call : file.body().blocks("module")) {
                localSource(call).ifPresent(source -> folders.add(dir.resolve(source).normalize()));
            }
        }
        return folders;
    }

    /** A module call's source when it is a folder of the repository ({@code ./} or {@code ../}). */
    static Optional<String> localSource(Body.Block call) {
        return call.body().attributes().stream().filter(a -> a.name().equals("source"))
                .map(Body.Attribute::value)
                .filter(v -> v instanceof Expr.Literal l && l.value() instanceof String)
                .map(v -> (String) ((Expr.Literal) v).value())
                .filter(s -> s.startsWith("./") || s.startsWith("../"))
                .findFirst();
    }

    /** Whether a folder configures a provider or a backend, or has variable values: a configuration to apply. */
    private static boolean appliesOnItsOwn(Path folder, List<ParsedFile> files) {
        for (ParsedFile file : files) {
            if (file.body() != null && (!file.body().blocks("provider").isEmpty() || file.body().blocks("terraform")
                    .stream().anyMatch(t -> !t.body().blocks("backend").isEmpty() || !t.body().blocks("cloud").isEmpty()))) {
                return true;
            }
        }
        return Files.isRegularFile(folder.resolve("terraform.tfvars"))
                || Files.isRegularFile(folder.resolve("terraform.tfvars" + TerraformLoader.JSON));
    }
}
