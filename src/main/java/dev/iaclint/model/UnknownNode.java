package dev.iaclint.model;

/** A value that cannot be known before deployment; {@code reason} says why, for the report. */
public record UnknownNode(Location location, String reason) implements Node {
}
