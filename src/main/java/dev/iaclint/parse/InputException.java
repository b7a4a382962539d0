package dev.iaclint.parse;

import dev.iaclint.model.Location;

/** An input that cannot be read as its format; the message says where and why. */
public final class InputException extends RuntimeException {

    private final transient Location location;

    public InputException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public InputException(Location location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
