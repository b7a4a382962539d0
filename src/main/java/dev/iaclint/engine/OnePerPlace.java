package dev.iaclint.engine;

import dev.iaclint.model.ResourceAddress;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One outcome per rule and place: a module that several configurations call (or one calls
 * several times) is evaluated through each call, and gives one finding per rule and source
 * location that names the calls. When the calls disagree, the worst outcome stands and names the
 * calls that give it: a failure through one caller is a failure, said once.
 */
public final class OnePerPlace {

    private OnePerPlace() {
    }

    /** @param outcomes every outcome of a scan, in report order; that order is kept */
    public static List<Finding> merge(List<Finding> outcomes) {
        Map<Place, List<Finding>> byPlace = new LinkedHashMap<>();
        for (Finding outcome : outcomes) {
            byPlace.computeIfAbsent(Place.of(outcome), p -> new ArrayList<>()).add(outcome);
        }
        List<Finding> merged = new ArrayList<>(byPlace.size());
        for (List<Finding> same : byPlace.values()) {
            if (same.stream().allMatch(f -> f.via().isEmpty())) {
                merged.addAll(same); // instances of one configuration's resource: each is reported
            } else {
                merged.add(worst(same));
            }
        }
        return merged;
    }

    private static Finding worst(List<Finding> same) {
        Status worst = same.stream().map(Finding::status).max(OnePerPlace::compare).orElseThrow();
        // The message of the first caller in name order: the same whatever order the inputs loaded in.
        Finding first = same.stream().filter(f -> f.status() == worst)
                .min(Comparator.comparing((Finding f) -> String.join(", ", f.via()))).orElseThrow();
        TreeSet<String> callers = new TreeSet<>();
        same.stream().filter(f -> f.status() == worst).forEach(f -> callers.addAll(f.via()));
        List<String> via = List.copyOf(callers);
        String message = first.message().isEmpty() || via.isEmpty() ? first.message()
                : first.message() + " (via " + describe(via) + ")";
        return first.reachedVia(via, message);
    }

    /** {@code a: module.x} and {@code a: module.y} read as {@code a: module.x, module.y}. */
    private static String describe(List<String> via) {
        Map<String, List<String>> byConfiguration = new LinkedHashMap<>();
        for (String caller : via) {
            int colon = caller.lastIndexOf(": ");
            String configuration = colon < 0 ? "" : caller.substring(0, colon);
            byConfiguration.computeIfAbsent(configuration, c -> new ArrayList<>()).add(caller.substring(colon + 2));
        }
        List<String> parts = new ArrayList<>();
        byConfiguration.forEach((configuration, calls) ->
                parts.add((configuration.isEmpty() ? "" : configuration + ": ") + String.join(", ", calls)));
        return String.join("; ", parts);
    }

    /** PASS, then UNKNOWN, then FAIL: the more it says against the resource, the more it weighs. */
    private static int compare(Status a, Status b) {
        return Integer.compare(weight(a), weight(b));
    }

    private static int weight(Status status) {
        return switch (status) {
            case PASS -> 0;
            case UNKNOWN -> 1;
            case FAIL -> 2;
        };
    }

    /**
     * Where a finding is: its rule, the resource block inside its module (instance keys aside: a
     * caller may create one instance where another creates none or several), and both locations.
     */
    private record Place(String rule, String resource, String file, int line, int column, String resourceFile,
                         int resourceLine) {

        static Place of(Finding f) {
            return new Place(f.ruleId(), ResourceAddress.withoutInstanceKey(f.resource()).orElse(f.resource()),
                    f.location().file(), f.location().line(), f.location().column(), f.resourceLocation().file(),
                    f.resourceLocation().line());
        }

        // Written out because every scan hashes a Place: a record's generated equals and hashCode
        // link through invokedynamic on first use, and that first link builds some twenty method
        // handle classes that no class-data archive keeps (about 10 ms of a pre-commit run).
        @Override
        public boolean equals(Object other) {
            return other instanceof Place p && line == p.line && column == p.column && resourceLine == p.resourceLine
                    && Objects.equals(rule, p.rule) && Objects.equals(resource, p.resource)
                    && Objects.equals(file, p.file) && Objects.equals(resourceFile, p.resourceFile);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, resource, file, line, column, resourceFile, resourceLine);
        }
    }
}
