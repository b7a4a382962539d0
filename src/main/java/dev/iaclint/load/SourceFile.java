package dev.iaclint.load;

import java.util.List;

/**
 * A file a load read, as the later stages need it: its lines (for fingerprints and inline
 * suppressions) and whether its syntax has comments, where suppressions can be written.
 */
public record SourceFile(String display, List<String> lines, boolean hasComments) {

    public SourceFile {
        lines = List.copyOf(lines);
    }
}
