package dev.iaclint.model;

import java.util.Optional;

/**
 * What a Terraform plan will do to a resource.
 *
 * @param change the plan's {@code change} (actions, before, after, replace_paths), when the plan has one
 * @param reason its {@code action_reason}, as in {@code replace_because_cannot_update}
 */
public record PlannedChange(Optional<Node> change, Optional<Node> reason) {
}
