package dev.iaclint.kinds;

import dev.iaclint.model.Location;
import dev.iaclint.model.Node;

/** A canonical field found on a resource: its value, and where its key is written. */
public record Field(Node value, Location keyLocation) {
}
