package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code file(path)}: the text of a file of the scanned modules ({@code file("${path.module}/policy.json")});
 * {@code templatefile(path, vars)} renders one ({@link TemplateFiles}).
 * A path relative to the working directory, or a file outside the module folders, is unknown.
 */
final class FileFunctions {

    private FileFunctions() {
    }

    static void register(Map<String, FileFunction> functions) {
        functions.put("file", FileFunctions::file);
        functions.put("templatefile", TemplateFiles::templatefile);
    }

    /** A function that reads files, with the files it may read. */
    @FunctionalInterface
    interface FileFunction {
        Optional<Node> apply(List<Node> arguments, Location at, ModuleFiles files);
    }

    static boolean isAbsolute(String path) {
        try {
            return java.nio.file.Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static Optional<Node> file(List<Node> arguments, Location at, ModuleFiles files) {
        if (arguments.size() != 1) {
            return Optional.of(Values.failure(at, "file() takes one path"));
        }
        Optional<String> path = Values.string(arguments.get(0));
        if (path.isEmpty() || !isAbsolute(path.get())) {
            return Optional.empty(); // relative to where Terraform runs, which is not known here
        }
        return files.read(path.get()).map(text -> Values.string(at, text));
    }
}
