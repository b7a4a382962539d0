package dev.iaclint.terraform;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;

/**
 * A {@code count} or {@code for_each} meta-argument as written on a resource or module block.
 *
 * @param metaArgument {@code count} or {@code for_each}
 * @param value        the expression, converted in the block's module
 * @param source       the expression as written, for "created only if count = ..."
 * @param owner        the module call it is written on ({@code module.kb}), or "" for a resource
 */
record Repetition(String metaArgument, Node value, String source, Location location, String owner) {

    /** The condition under which there is an instance: {@code count = var.create_agent ? 1 : 0 is above zero}. */
    String describe() {
        return (owner.isEmpty() ? "" : owner + "'s ") + metaArgument + " = " + source
                + (metaArgument.equals("count") ? " is above zero" : " is not empty");
    }
}
