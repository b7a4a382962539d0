package dev.iaclint.engine;

import dev.iaclint.kinds.Kind;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Format;
import dev.iaclint.model.Severity;
import dev.iaclint.policy.Policy;
import dev.iaclint.report.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The report's view of each policy: its metadata, effective severity, and the formats it covers. */
public final class Rules {

    private Rules() {
    }

    /** One rule per policy, in policy order, with {@code overrides} applied to severities. */
    public static Map<String, Rule> of(Collection<Policy> policies, KindTable kinds, Map<String, Severity> overrides) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Policy policy : policies) {
            rules.put(policy.id(), new Rule(policy.id(), policy.title(),
                    overrides.getOrDefault(policy.id(), policy.severity()), policy.rationale(), policy.remediation(),
                    policy.references(), policy.compliance(), formats(policy, kinds),
                    policy.coverage() ? policy.coverageFamily().orElseGet(() -> family(policy, kinds)) : null));
        }
        return rules;
    }

    /** The family of the policy's kinds, e.g. "agents"; kinds of several families are named together. */
    private static String family(Policy policy, KindTable kinds) {
        Set<String> families = new LinkedHashSet<>();
        for (String kind : policy.kinds()) {
            kinds.kind(kind).map(Kind::family).ifPresent(families::add);
        }
        return families.isEmpty() ? policy.title() : String.join(", ", families);
    }

    private static List<String> formats(Policy policy, KindTable kinds) {
        Set<String> types = new TreeSet<>(policy.types());
        for (String kind : policy.kinds()) {
            kinds.kind(kind).map(Kind::nativeTypes).ifPresent(types::addAll);
        }
        Set<String> schemas = new TreeSet<>();
        for (String type : types) {
            // A type the table does not know belongs to the schema its name is written in.
            kinds.schemaOf(type).or(() -> Format.schemaOfTypeName(type)).ifPresentOrElse(schemas::add,
                    () -> Arrays.stream(Format.values()).map(Format::schema).forEach(schemas::add));
        }
        Set<Format> formats = new TreeSet<>();
        for (Format format : Format.values()) {
            if (schemas.contains(format.schema())) {
                formats.add(format);
            }
        }
        if (!policy.formats().isEmpty()) {
            formats.retainAll(policy.formats());
        }
        List<String> ids = new ArrayList<>();
        formats.forEach(format -> ids.add(format.id()));
        return ids;
    }
}
