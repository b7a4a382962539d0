package dev.iaclint.config;

import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.PathPatterns;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import dev.iaclint.policy.PolicySettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of {@code .iac-lint.yaml}. Command-line options win over them.
 *
 * @param source        the file they were read from, empty for the defaults
 * @param failOn        the lowest severity that fails the run
 * @param disabledRules rules switched off
 * @param severities    severity overrides by rule
 * @param ruleIds       the rule ids the file names under {@code rules:}, with where, to be checked against the policies
 * @param requiredTags  tag keys that must be present (used by tag policies)
 * @param region        the Region CloudFormation templates deploy to, when known
 * @param exclude       files not to scan
 * @param policyDirs    extra policy directories, resolved against the file's folder
 * @param ignores       rule skip lists
 */
public record Config(Optional<Path> source, Optional<Severity> failOn, boolean strict, Set<String> disabledRules,
                     Map<String, Severity> severities, Map<String, Location> ruleIds, List<String> requiredTags, Optional<String> region,
                     PathPatterns exclude,
                     List<Path> policyDirs, List<Ignore> ignores) {

    /** What the policy functions are told, with {@code region} (from the command line) winning when given. */
    public PolicySettings policySettings(String regionOverride) {
        return new PolicySettings(requiredTags, PolicySettings.DEFAULT_WORKLOAD_TAGS,
                regionOverride != null ? regionOverride : region.orElse(null));
    }

    public static Config defaults() {
        return new Config(Optional.empty(), Optional.empty(), false, Set.of(), Map.of(), Map.of(),
                PolicySettings.DEFAULT_REQUIRED_TAGS,
                Optional.empty(), new PathPatterns(List.of()), List.of(), List.of());
    }
}
