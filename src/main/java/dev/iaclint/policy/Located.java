package dev.iaclint.policy;

import dev.iaclint.model.Location;

/** A value handed to policies that knows where in the source it comes from; {@code at:} uses it. */
public interface Located {

    Location location();
}
