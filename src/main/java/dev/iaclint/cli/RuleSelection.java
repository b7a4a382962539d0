package dev.iaclint.cli;

import dev.iaclint.config.Config;
import dev.iaclint.config.Suggestions;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import dev.iaclint.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which policies run: {@code --rule}, {@code --skip-rule} and the configuration's {@code rules:},
 * with every id checked against the policies (without case: {@code bedrock-001} is BEDROCK-001),
 * a near miss suggested, and a contradiction said rather than resolved silently.
 *
 * @param policies   the policies to run, in policy order
 * @param severities the configuration's severity overrides, by policy id
 * @param disabledByConfig the policies the configuration switches off that do not run
 * @param errors     what makes the command line or the configuration wrong (exit 2, nothing scanned)
 * @param notes      what the user should know about the choice, on standard error
 */
record RuleSelection(List<Policy> policies, Map<String, Severity> severities, List<String> disabledByConfig,
                     List<String> errors, List<String> notes) {

    static RuleSelection of(List<Policy> all, List<String> only, List<String> skipped, Config config) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        all.forEach(policy -> byLowerCase.put(policy.id().toLowerCase(Locale.ROOT), policy.id()));
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> onlyIds = resolve(only, "--rule", byLowerCase, errors);
        Set<String> skippedIds = resolve(skipped, "--skip-rule", byLowerCase, errors);
        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        String configName = config.source().map(Object::toString).orElse("the configuration");
        for (Map.Entry<String, Location> rule : config.ruleIds().entrySet()) {
            Optional<String> id = Optional.ofNullable(byLowerCase.get(rule.getKey().toLowerCase(Locale.ROOT)));
            if (id.isEmpty()) {
                errors.add(rule.getValue() + ": no policy has the id '" + rule.getKey() + "'"
                        + Suggestions.didYouMean(rule.getKey(), byLowerCase.values()));
                continue;
            }
            if (config.disabledRules().contains(rule.getKey())) {
                disabled.add(id.get());
            }
            Severity severity = config.severities().get(rule.getKey());
            if (severity != null) {
                severities.put(id.get(), severity);
            }
        }
        for (String id : onlyIds) {
            if (skippedIds.contains(id)) {
                errors.add("--rule " + id + " and --skip-rule " + id + " contradict each other");
            } else if (disabled.contains(id)) {
                notes.add("--rule " + id + " runs a policy that " + configName + " disables; the command line wins");
            }
        }
        List<Policy> selected = all.stream()
                .filter(policy -> onlyIds.isEmpty() ? !disabled.contains(policy.id()) : onlyIds.contains(policy.id()))
                .filter(policy -> !skippedIds.contains(policy.id())).toList();
        Set<String> running = new LinkedHashSet<>();
        selected.forEach(policy -> running.add(policy.id()));
        List<String> disabledByConfig = disabled.stream().filter(id -> !running.contains(id)).toList();
        return new RuleSelection(selected, severities, disabledByConfig, errors, notes);
    }

    private static Set<String> resolve(List<String> written, String option, Map<String, String> byLowerCase,
                                       List<String> errors) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : written) {
            String known = byLowerCase.get(id.strip().toLowerCase(Locale.ROOT));
            if (known == null) {
                errors.add(option + " " + id + ": no policy has this id" + Suggestions.didYouMean(id, byLowerCase.values()));
            } else {
                ids.add(known);
            }
        }
        return ids;
    }
}
