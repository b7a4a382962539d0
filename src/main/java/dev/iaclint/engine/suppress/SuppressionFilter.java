package dev.iaclint.engine.suppress;

import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Marks the findings that an ignore covers, and tells which ignores covered nothing (a pass does not count). */
public final class SuppressionFilter {

    private SuppressionFilter() {
    }

    /** @param unused ignores that matched no finding: stale, and worth removing */
    public record Result(List<Finding> findings, List<Ignore> unused) {
    }

    public static Result apply(List<Finding> findings, List<Ignore> ignores) {
        if (ignores.isEmpty()) {
            return new Result(new ArrayList<>(findings), List.of()); // nothing to suppress: no finding to look at
        }
        Candidates candidates = new Candidates(ignores);
        Set<Ignore> used = new LinkedHashSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding result = finding;
            if (finding.status() == Status.PASS) {
                marked.add(finding);
                continue;
            }
            // In the order they were given: the first that covers the finding is the one reported.
            for (int index : candidates.of(finding)) {
                Ignore ignore = ignores.get(index);
                if (ignore.covers(finding)) {
                    used.add(ignore);
                    result = result.suppression() == null ? finding.withSuppression(ignore.asSuppression()) : result;
                }
            }
            if (result.suppression() == null && !finding.via().isEmpty()) {
                result = throughModuleCalls(finding, candidates.of(finding), ignores, used);
            }
            marked.add(result);
        }
        List<Ignore> unused = ignores.stream().filter(ignore -> !used.contains(ignore)).toList();
        return new Result(marked, unused);
    }

    /**
     * A finding reached through several module calls, each under an ignore of its own: suppressed
     * by the first when together they cover every call. An ignore whose call reaches the finding
     * counts as used either way: it did its part, and another call keeps the finding.
     */
    private static Finding throughModuleCalls(Finding finding, Set<Integer> candidates, List<Ignore> ignores,
                                              Set<Ignore> used) {
        List<Ignore> touching = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (int index : candidates) {
            Ignore ignore = ignores.get(index);
            if (ignore.reach() instanceof Ignore.ModuleCall call && ignore.coversRule(finding)) {
                List<String> through = finding.via().stream().filter(call::covers).toList();
                if (!through.isEmpty()) {
                    touching.add(ignore);
                    covered.addAll(through);
                }
            }
        }
        used.addAll(touching);
        return !touching.isEmpty() && covered.containsAll(finding.via())
                ? finding.withSuppression(touching.get(0).asSuppression()) : finding;
    }

    /**
     * The ignores that may reach a finding, by their place in the list: inline ignores indexed by
     * file and line, metadata ignores by file and resource, and every configuration ignore (a
     * few path patterns). Trying every ignore on every finding was quadratic in files that carry
     * thousands of inline ignores.
     */
    private static final class Candidates {

        private final Map<String, Map<Integer, List<Integer>>> byLine = new HashMap<>();
        private final Map<String, Map<String, List<Integer>>> byResource = new HashMap<>();
        private final List<Integer> everywhere = new ArrayList<>();

        Candidates(List<Ignore> ignores) {
            for (int i = 0; i < ignores.size(); i++) {
                Ignore.Reach reach = ignores.get(i).reach();
                if (reach instanceof Ignore.Line line) {
                    byLine.computeIfAbsent(line.file(), f -> new HashMap<>())
                            .computeIfAbsent(line.line(), l -> new ArrayList<>()).add(i);
                } else if (reach instanceof Ignore.Resource resource) {
                    byResource.computeIfAbsent(resource.file(), f -> new HashMap<>())
                            .computeIfAbsent(resource.address(), a -> new ArrayList<>()).add(i);
                } else {
                    everywhere.add(i);
                }
            }
        }

        /** Ascending, so the caller sees them in the order they were given. */
        Set<Integer> of(Finding finding) {
            String file = finding.location().file();
            if (everywhere.isEmpty() && !byLine.containsKey(file) && !byResource.containsKey(file)) {
                return Set.of(); // most files carry no ignore: no set to build for each of their findings
            }
            Set<Integer> found = new TreeSet<>(everywhere);
            Map<Integer, List<Integer>> lines = byLine.getOrDefault(file, Map.of());
            found.addAll(lines.getOrDefault(finding.location().line(), List.of()));
            found.addAll(lines.getOrDefault(finding.resourceLocation().line(), List.of()));
            found.addAll(byResource.getOrDefault(file, Map.of()).getOrDefault(finding.resource(), List.of()));
            return found;
        }
    }
}
