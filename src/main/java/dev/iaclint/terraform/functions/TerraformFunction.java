package dev.iaclint.terraform.functions;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;
import java.util.List;
import java.util.Optional;

/**
 * One of Terraform's built-in functions, applied to arguments already resolved. Empty when the
 * result cannot be known before Terraform runs (an argument is unknown); a value Terraform
 * would reject is {@link Values#failure}.
 */
@FunctionalInterface
interface TerraformFunction {

    Optional<Node> apply(List<Node> arguments, Location at);
}
