package dev.iaclint.load;

import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import java.util.List;

/**
 * What every loader gives back, whatever its format.
 *
 * @param unit     the resources and what they refer to
 * @param files    every file read to build the unit, context files included
 * @param problems what could not be read; the rest of the unit still loaded
 */
public record Loaded(Unit unit, List<SourceFile> files, List<InputException> problems) {

    public Loaded {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
