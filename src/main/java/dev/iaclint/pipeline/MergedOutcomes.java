package dev.iaclint.pipeline;

import dev.iaclint.engine.OnePerPlace;
import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcomes of a scan's parts (one per input) as the report lists them: in file and line
 * order, one per rule and place ({@link OnePerPlace}). Outcomes of two files never merge, so each
 * file is sorted and merged on its own, from the outcomes each part has in it. Kept across scans
 * of one tree (a history), it sorts a part once, and merges again only the files of the parts
 * that are new or gone since the last scan: a scan's cost follows what changed.
 */
public final class MergedOutcomes {

    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::resource);

    /** A part's outcomes in report order, by file. */
    private record Part(Pipeline.Scan scan, Map<String, List<Finding>> byFile) {
    }

    /** The last scan's parts that have outcomes, in order; a reused part is the very same object. */
    private List<Part> parts = List.of();
    /** Each file's outcomes, merged from the parts that have outcomes in it. */
    private final TreeMap<String, List<Finding>> files = new TreeMap<>();

    /** The parts' outcomes sorted by file, line, column, rule and resource (ties in the parts' order), one per place. */
    List<Finding> of(List<Pipeline.Scan> scans) {
        Map<Pipeline.Scan, Part> last = new IdentityHashMap<>();
        parts.forEach(part -> last.put(part.scan(), part));
        List<Part> now = new ArrayList<>();
        Map<Pipeline.Scan, Integer> position = new IdentityHashMap<>();
        Set<String> changed = new HashSet<>();
        for (Pipeline.Scan scan : scans) {
            if (scan.outcomes().isEmpty()) {
                continue;
            }
            Part part = last.remove(scan);
            if (part == null) {
                part = new Part(scan, byFile(scan.outcomes()));
                changed.addAll(part.byFile().keySet());
            }
            position.putIfAbsent(scan, now.size());
            now.add(part);
        }
        // What is left of the last scan is gone.
        last.values().forEach(gone -> changed.addAll(gone.byFile().keySet()));
        if (!keptTheirOrder(now, position)) {
            files.clear();
            now.forEach(part -> changed.addAll(part.byFile().keySet()));
        }
        Map<String, List<Part>> inChanged = new LinkedHashMap<>();
        changed.forEach(file -> inChanged.put(file, new ArrayList<>()));
        for (Part part : now) {
            for (String file : part.byFile().keySet()) {
                List<Part> inFile = inChanged.get(file);
                if (inFile != null) {
                    inFile.add(part);
                }
            }
        }
        inChanged.forEach((file, inFile) -> {
            if (inFile.isEmpty()) {
                files.remove(file);
            } else {
                files.put(file, merge(file, inFile));
            }
        });
        parts = now;
        List<Finding> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        return all;
    }

    /**
     * Whether the parts that stay are in the order they were in, so each file that no new or
     * gone part touches keeps its parts in the same order, and its merge.
     */
    private boolean keptTheirOrder(List<Part> now, Map<Pipeline.Scan, Integer> position) {
        int before = -1;
        for (Part part : parts) {
            Integer at = position.get(part.scan());
            if (at != null && now.get(at) == part) {
                if (at < before) {
                    return false;
                }
                before = at;
            }
        }
        return true;
    }

    /** A part's outcomes in report order (a stable sort: ties keep their order), by file. */
    private static Map<String, List<Finding>> byFile(List<Finding> outcomes) {
        List<Finding> sorted = new ArrayList<>(outcomes);
        sorted.sort(FINDING_ORDER);
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        for (Finding outcome : sorted) {
            grouped.computeIfAbsent(outcome.location().file(), f -> new ArrayList<>()).add(outcome);
        }
        return grouped;
    }

    /** One file's outcomes from its parts: sorted together (ties in the parts' order), one per place. */
    private static List<Finding> merge(String file, List<Part> inFile) {
        if (inFile.size() == 1) {
            return List.copyOf(OnePerPlace.merge(inFile.get(0).byFile().get(file)));
        }
        List<Finding> outcomes = new ArrayList<>();
        inFile.forEach(part -> outcomes.addAll(part.byFile().get(file)));
        outcomes.sort(FINDING_ORDER);
        return List.copyOf(OnePerPlace.merge(outcomes));
    }
}
