package dev.iaclint.engine.suppress;

import dev.iaclint.model.Location;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Suppression;
import java.util.Set;

/**
 * A written decision not to hold some findings against the run: which rules, why, where it is
 * written, and which findings it reaches.
 *
 * @param kind {@code inline}, {@code metadata} or {@code config}
 */
public record Ignore(String kind, Set<String> rules, String reason, Location location, Reach reach) {

    /** Which findings an ignore reaches, apart from their rule. */
    public sealed interface Reach permits Line, ModuleCall, Resource, Paths {

        boolean reaches(Finding finding);
    }

    /** An inline comment: findings pointing at the line, or on a resource declared at it. */
    public record Line(String file, int line) implements Reach {
        @Override
        public boolean reaches(Finding finding) {
            return finding.location().file().equals(file)
                    && (finding.location().line() == line || finding.resourceLocation().line() == line);
        }
    }

    /**
     * An inline comment on a Terraform {@code module} block: what the line reaches, and every
     * finding inside the module reached through that call (as Checkov's module-level skips). A
     * finding reached through several calls is covered when each of them is.
     *
     * @param calls the call as findings name it in {@code via}: {@code CONFIGURATION: module.a}
     */
    public record ModuleCall(Line line, Set<String> calls) implements Reach {
        @Override
        public boolean reaches(Finding finding) {
            return line.reaches(finding) || !finding.via().isEmpty() && finding.via().stream().allMatch(this::covers);
        }

        /** Whether a finding's {@code via} entry goes through this call (or a module it calls). */
        public boolean covers(String via) {
            return calls.stream().anyMatch(call -> via.startsWith(call)
                    && (via.length() == call.length() || via.charAt(call.length()) == '.' || via.charAt(call.length()) == ' '));
        }
    }

    /** Resource metadata: every finding on that resource. */
    public record Resource(String file, String address) implements Reach {
        @Override
        public boolean reaches(Finding finding) {
            return finding.location().file().equals(file) && finding.resource().equals(address);
        }
    }

    /**
     * The configuration file: findings in matching files, on the named resources (all when none
     * are named); a resource may be a glob, {@code *} standing for any characters
     * ({@code aws_bedrockagent_agent.tenant[*]}, {@code module.legacy.*}).
     */
    public record Paths(PathPatterns paths, Set<String> resources) implements Reach {
        @Override
        public boolean reaches(Finding finding) {
            return paths.matches(finding.location().file())
                    && (resources.isEmpty() || resources.stream().anyMatch(r -> matches(r, finding.resource())));
        }

        private static boolean matches(String glob, String address) {
            if (!glob.contains("*")) {
                return glob.equals(address);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : glob.split("\\*", -1)) {
                if (regex.length() > 0) {
                    regex.append(".*");
                }
                regex.append(java.util.regex.Pattern.quote(part));
            }
            return address.matches(regex.toString());
        }
    }

    public Ignore {
        rules = Set.copyOf(rules);
    }

    /** The rule list that stands for every rule, still with a reason. */
    public static final String ALL = "all";

    public boolean covers(Finding finding) {
        return coversRule(finding) && reach.reaches(finding);
    }

    public boolean coversRule(Finding finding) {
        return rules.contains(finding.ruleId()) || rules.contains(ALL);
    }

    /** The same ignore reaching something else. */
    public Ignore reaching(Reach other) {
        return new Ignore(kind, rules, reason, location, other);
    }

    public Suppression asSuppression() {
        return new Suppression(kind, reason, location);
    }

    /** For warnings: "inline ignore of BEDROCK-001 at main.yaml:12:5". */
    public String describe() {
        return kind + " ignore of " + String.join(", ", rules.stream().sorted().toList()) + " at " + location;
    }
}
