package dev.iaclint.model;

import java.util.List;
import java.util.Optional;

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
}
