package dev.iaclint.fix;

import dev.iaclint.report.Finding;
import java.util.List;

/**
 * How one finding is fixed: edits of one file's original text and what they do.
 *
 * @param file             the file to edit, as reports name it
 * @param explanation      what the fix does, in one or two sentences, for the output
 * @param replacesResource true when applying it replaces a resource (a key set only at creation)
 */
public record Fix(Finding finding, String file, List<TextEdit> edits, String explanation, boolean replacesResource)
        implements FixOutcome {

    public Fix {
        edits = List.copyOf(edits);
    }
}
