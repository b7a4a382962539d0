package dev.iaclint.fix;

import dev.iaclint.config.Config;
import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.InputFile;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.report.Finding;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs {@code iac-lint fix} on a folder with the shipped policies, files named relative to the folder. */
final class FixHarness {

    private FixHarness() {
    }

    static Remediation.Plan plan(Path folder, Set<String> rules) {
        List<Policy> policies = PolicySet.load(true, List.of()).policies();
        KindTable kinds = KindTable.builtIn();
        FileDiscovery discovery = new FileDiscovery(folder.toAbsolutePath().normalize());
        Pipeline pipeline = new Pipeline(kinds, policies, Rules.of(policies, kinds, Map.of()),
                Config.defaults().policySettings(null), discovery, List.of(), 1);
        List<InputFile> files = discovery.discover(List.of(folder)).files();
        return new Remediation(kinds, pipeline, discovery::display, List.of(), 1, Config.defaults().requiredTags())
                .plan(files, List.of(), rules);
    }

    /** The diff of every edited file, in file order. */
    static String diff(Remediation.Plan plan) {
        return plan.fixed().entrySet().stream()
                .map(e -> UnifiedDiff.of(e.getKey(), plan.original().get(e.getKey()), e.getValue()))
                .collect(Collectors.joining());
    }

    static void write(Path folder, Remediation.Plan plan) throws IOException {
        for (Map.Entry<String, String> file : plan.fixed().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** A finding as the same across runs: rule, resource and the module calls that reach it. */
    static String key(Finding finding) {
        return finding.ruleId() + " " + finding.resource() + (finding.via().isEmpty() ? "" : " via " + finding.via());
    }
}
