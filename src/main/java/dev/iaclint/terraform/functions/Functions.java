package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Terraform functions the loader evaluates, by name: the one place a call is dispatched.
 * A function not listed here, or one whose arguments are not known yet, is left to Terraform:
 * its value is unknown, never a guess.
 */
public final class Functions {

    private static final Map<String, TerraformFunction> BY_NAME = new HashMap<>();
    private static final Map<String, FileFunctions.FileFunction> READING_FILES = new HashMap<>();

    static {
        CollectionFunctions.register(BY_NAME);
        StringFunctions.register(BY_NAME);
        ConversionFunctions.register(BY_NAME);
        FileFunctions.register(READING_FILES);
    }

    private Functions() {
    }

    public static boolean isKnown(String name) {
        return BY_NAME.containsKey(name) || READING_FILES.containsKey(name);
    }

    /** A call that reads no file; {@code file()} is unknown. */
    public static Optional<Node> call(String name, List<Node> arguments, Location at) {
        return call(name, arguments, at, ModuleFiles.none());
    }

    /**
     * @param arguments the arguments, each resolved as far as it goes
     * @param files     the files {@code file()} may read
     * @return the value of the call, located at the call; empty when it is known only when Terraform runs
     */
    public static Optional<Node> call(String name, List<Node> arguments, Location at, ModuleFiles files) {
        TerraformFunction function = BY_NAME.get(name);
        if (function == null && READING_FILES.containsKey(name)) {
            function = (args, location) -> READING_FILES.get(name).apply(args, location, files);
        }
        if (function == null) {
            return Optional.empty();
        }
        for (Node argument : arguments) {
            if (Values.isFailure(argument) && !ConversionFunctions.CATCHING.contains(name)) {
                return Optional.of(argument); // an error in an argument is the call's error
            }
        }
        return function.apply(arguments, at);
    }
}
