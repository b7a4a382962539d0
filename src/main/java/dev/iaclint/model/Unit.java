package dev.iaclint.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one deployment unit (a template, a Terraform module, a plan) and what they
 * can refer to. It answers what a node finally means: parameters and variables with their
 * defaults, decidable conditions, interpolations of known parts.
 */
public interface Unit {

    /** The file or directory the unit was loaded from, as the user named it. */
    String name();

    Format format();

    List<Resource> resources();

    Optional<Resource> resource(String address);

    /**
     * Follows references and evaluates what is decidable from known values. The result is never
     * a reference to a parameter or variable: it is its value, or an {@link UnknownNode}.
     * References to resources stay references; {@link #referencedResource} finds their target.
     * A conditional whose condition is unknown stays an {@link ExpressionNode} of function
     * {@link ExpressionNode#CONDITIONAL} with arguments (condition, whenTrue, whenFalse), each
     * branch already resolved; string interpolation becomes an {@link ExpressionNode#TEMPLATE}.
     */
    Node resolve(Node node);

    Optional<Resource> referencedResource(ReferenceNode reference);

    /**
     * Files and folders the unit was made from besides the files its loader reports it read, as
     * far as loading and resolving have looked so far: what Terraform's {@code file()} and
     * {@code templatefile()} asked for, found or not, and the module folders a load looked in.
     * A scan that reuses the unit after files changed (a history) must load it again when one
     * of these, or a file in one of these folders, changed.
     */
    default Set<Path> alsoRead() {
        return Set.of();
    }
}
