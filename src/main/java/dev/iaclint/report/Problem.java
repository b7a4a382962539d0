package dev.iaclint.report;

import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;

/** An input that could not be read or a policy that could not run: it makes the exit code 2. */
public record Problem(Location location, String message) {

    public static Problem of(InputException e) {
        return new Problem(e.location(), e.getMessage());
    }
}
