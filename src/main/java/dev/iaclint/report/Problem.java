package dev.iaclint.report;

import dev.iaclint.model.Location;

/** An input that could not be read or a policy that could not run: it makes the exit code 2. */
public record Problem(Location location, String message) {
}
