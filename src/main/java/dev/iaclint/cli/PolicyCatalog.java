package dev.iaclint.cli;

import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.report.Rule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The policies a subcommand describes: the shipped ones and any {@code --policy-dir}. Problems go to stderr. */
final class PolicyCatalog {

    @Option(names = "--policy-dir", paramLabel = "DIR", description = "Also load the policy files under DIR.")
    List<Path> policyDirectories = new ArrayList<>();

    /** The rules, or null when a policy could not be loaded (after saying why on {@code err}). */
    Map<String, Rule> load(PrintWriter err) {
        List<Policy> policies = policies(err);
        return policies == null ? null : Rules.of(policies, KindTable.builtIn(), Map.of());
    }

    /** The policies, ordered by id, or null when one could not be loaded (after saying why on {@code err}). */
    List<Policy> policies(PrintWriter err) {
        PolicySet set = PolicySet.load(true, policyDirectories);
        set.problems().forEach(p -> err.println("iac-lint: " + p.location() + ": " + p.getMessage()));
        return set.problems().isEmpty() ? set.policies() : null;
    }
}
