package dev.iaclint.cli;

import dev.iaclint.config.Config;
import dev.iaclint.config.ConfigLoader;
import dev.iaclint.engine.Rules;
import dev.iaclint.fix.Fix;
import dev.iaclint.fix.Remediation;
import dev.iaclint.fix.UnifiedDiff;
import dev.iaclint.fix.Unfixable;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.InputFile;
import dev.iaclint.parse.InputException;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.report.ControlChars;
import dev.iaclint.report.Finding;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iac-lint fix [PATH...]}: the fixes of the failing findings as a unified diff on standard
 * output (nothing written), or applied with {@code --write}; what cannot be fixed automatically is
 * listed with the reason on standard error.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fix failing findings in the source: prints a unified diff (nothing is written) or, with "
                + "--write, edits the files in place, changing only what each fix needs (formatting, comments, "
                + "key order and quoting stay). Fixes KMS-001, KMS-003, KMS-004, KMS-006, KMS-007 and the BEDROCK "
                + "customer-managed key rules in CloudFormation (YAML, JSON) and Terraform; plans are never edited.",
                "Exits 0 when every failing finding of a fixable rule has a fix, 1 when some cannot be fixed "
                        + "automatically, 2 on an error."})
final class FixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to fix (default: the current folder).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--write", description = "Apply the fixes to the files instead of printing the diff.")
    private boolean write;

    @Option(names = "--rule", paramLabel = "ID", split = ",",
            description = "Fix only the findings of these rules (repeatable, or comma-separated).")
    private List<String> onlyRules = new ArrayList<>();

    @Option(names = "--var-file", paramLabel = "FILE",
            description = "A Terraform .tfvars file whose values the scan uses, as in 'iac-lint scan'.")
    private List<Path> varFiles = new ArrayList<>();

    @Option(names = "--no-config", description = "Read no configuration file.")
    private boolean noConfig;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        Config config;
        try {
            config = noConfig ? Config.defaults()
                    : ConfigLoader.find(ScanCommand.commonFolder(roots)).map(ConfigLoader::read).orElse(Config.defaults());
        } catch (InputException e) {
            err.println("iac-lint: " + e.location() + ": " + e.getMessage());
            return ExitCode.ERROR;
        }
        PolicySet policySet = PolicySet.load(true, List.of());
        RuleSelection selection = RuleSelection.of(policySet.policies(), List.of(), List.of(), config);
        RuleSelection asked = RuleSelection.of(policySet.policies(), onlyRules, List.of(), Config.defaults());
        if (!selection.errors().isEmpty() || !asked.errors().isEmpty()) {
            selection.errors().forEach(e -> err.println("iac-lint: " + e));
            asked.errors().forEach(e -> err.println("iac-lint: " + e));
            return ExitCode.ERROR;
        }
        Set<String> rules = new LinkedHashSet<>();
        if (!onlyRules.isEmpty()) {
            asked.policies().forEach(p -> rules.add(p.id()));
        }
        KindTable kinds = KindTable.builtIn();
        FileDiscovery discovery = new FileDiscovery(Path.of(""));
        int threads = Runtime.getRuntime().availableProcessors();
        Pipeline pipeline = new Pipeline(kinds, selection.policies(),
                Rules.of(selection.policies(), kinds, selection.severities()), config.policySettings(null), discovery,
                varFiles, threads);
        FileDiscovery.Found found = discovery.discover(roots);
        if (!found.missing().isEmpty()) {
            found.missing().forEach(m -> err.println("iac-lint: " + m + ": no such file or directory"));
            return ExitCode.ERROR;
        }
        List<InputFile> files = found.files().stream()
                .filter(f -> config.exclude().isEmpty() || !config.exclude().matches(f.display())).toList();
        Remediation.Plan plan = new Remediation(kinds, pipeline, discovery::display, varFiles, threads,
                config.requiredTags())
                .plan(files, config.ignores(), rules);

        PrintWriter report = write ? out : err;
        if (write) {
            for (Map.Entry<String, String> file : plan.fixed().entrySet()) {
                Path path = files.stream().filter(f -> f.display().equals(file.getKey())).findFirst()
                        .map(InputFile::path).orElseThrow();
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } else {
            plan.fixed().forEach((file, fixed) -> out.print(UnifiedDiff.of(file, plan.original().get(file), fixed)));
            out.flush();
        }
        for (Fix fix : plan.fixes()) {
            report.println((write ? "fixed   " : "fix     ") + where(fix.finding()) + "  " + fix.explanation());
            if (fix.replacesResource()) {
                report.println("        warning: applying this replaces " + fix.finding().resource()
                        + ": its key can only be set when it is created");
            }
        }
        for (Unfixable unfixable : plan.unfixable()) {
            report.println("manual  " + where(unfixable.finding()) + "  not fixable automatically: "
                    + ControlChars.escape(unfixable.reason()));
        }
        long fixable = plan.failing().stream().filter(Remediation::isFixable)
                .filter(f -> rules.isEmpty() || rules.contains(f.ruleId())).count();
        report.println();
        report.println(fixable + " fixable failing finding" + (fixable == 1 ? "" : "s") + ": " + plan.fixes().size()
                + (write ? " fixed" : " with a fix") + " in " + plan.fixed().size() + " file"
                + (plan.fixed().size() == 1 ? "" : "s") + "; " + plan.unfixable().size()
                + " not fixable automatically; " + (plan.failing().size() - fixable) + " other failing finding"
                + (plan.failing().size() - fixable == 1 ? "" : "s") + " (rules without an automatic fix"
                + (rules.isEmpty() ? "" : " or not selected") + ")");
        report.flush();
        return plan.unfixable().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static String where(Finding finding) {
        return finding.location() + "  " + finding.ruleId() + "  " + ControlChars.escape(finding.resource());
    }
}
