package dev.iaclint.model;

import java.util.List;

/**
 * Anything not evaluated at load time: {@code Fn::Sub}, {@code Fn::If}, {@code Fn::Join}, a
 * Terraform conditional or function call. It keeps its arguments, and so the references inside
 * them. {@link #TEMPLATE} is the shared shape of string interpolation in every format: its
 * arguments are the parts, to be concatenated.
 */
public record ExpressionNode(Location location, String function, List<Node> arguments) implements Node {

    public static final String TEMPLATE = "template";
    public static final String CONDITIONAL = "conditional";

    public ExpressionNode {
        arguments = List.copyOf(arguments);
    }
}
