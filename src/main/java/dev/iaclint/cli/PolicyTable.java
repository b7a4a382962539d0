package dev.iaclint.cli;

import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.Policy;
import dev.iaclint.report.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The policy table of docs/policies.md, printed by {@code iac-lint policies --format markdown}:
 * one row per policy, read from the policy files, so the documentation cannot drift from them.
 */
final class PolicyTable {

    private PolicyTable() {
    }

    static String markdown(Collection<Policy> policies, KindTable kinds) {
        Map<String, Rule> rules = Rules.of(policies, kinds, Map.of());
        StringBuilder table = new StringBuilder();
        table.append("| id | severity | title | kinds | formats | coverage |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (Policy policy : policies) {
            Rule rule = rules.get(policy.id());
            List<String> targets = new ArrayList<>(policy.kinds());
            targets.addAll(policy.types());
            table.append("| ").append(policy.id())
                    .append(" | ").append(rule.severity().id())
                    .append(" | ").append(cell(policy.title()))
                    .append(" | ").append(code(targets))
                    .append(" | ").append(String.join(", ", rule.formats()))
                    .append(" | ").append(rule.coverage() == null ? "" : rule.coverage())
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String code(List<String> names) {
        return names.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
    }

    /** A title is free text: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
