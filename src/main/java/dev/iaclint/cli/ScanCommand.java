package dev.iaclint.cli;

import dev.iaclint.config.Config;
import dev.iaclint.config.ConfigLoader;
import dev.iaclint.engine.Baseline;
import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.SourceTree;
import dev.iaclint.model.Location;
import dev.iaclint.model.Severity;
import dev.iaclint.parse.InputException;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.report.AppliedConfiguration;
import dev.iaclint.report.Highlight;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Report;
import dev.iaclint.report.Rule;
import dev.iaclint.report.ScanResult;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code iac-lint [scan] [PATH...]}: scan, report, and say by the exit code whether the change may
 * pass. It is the top command (bare paths scan) and the {@code scan} subcommand; {@link Main}
 * registers the subcommands.
 *
 * <p>Its options and help are declared in {@link ScanOptions}.
 */
public final class ScanCommand implements Callable<Integer> {

    private final Terminal terminal;
    private final ScanOptions options = new ScanOptions(this);
    private final CommandSpec spec = options.spec();

    // What the options say, read from them when the command runs.
    private List<Path> paths;
    private String stdinFilename;
    private List<OutputTarget> formats;
    private Path output;
    private String failOn;
    private boolean strict;
    private Path baseline;
    private Path createBaseline;
    private List<Path> varFiles;
    private List<Path> policyDirectories;
    private List<String> onlyRules;
    private List<String> skippedRules;
    private String region;
    private Path configFile;
    private boolean noConfig;
    private boolean noInlineSuppressions;
    private boolean verbose;
    private boolean quiet;
    private ColorChoice color;
    private boolean noColor;
    private int threads;

    public ScanCommand() {
        this(Terminal.detect());
    }

    /** @param terminal where the output goes, which decides colours and progress */
    ScanCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** This command's model, for picocli. */
    CommandSpec spec() {
        return spec;
    }

    /** What picocli parsed into the options, into the fields the scan reads. */
    private void read() {
        paths = listOf(options.pathsArgument.getValue());
        stdinFilename = options.stdinFilenameOption.getValue();
        formats = listOf(options.formatOption.getValue());
        output = options.outputOption.getValue();
        failOn = options.failOnOption.getValue();
        strict = options.strictOption.getValue();
        baseline = options.baselineOption.getValue();
        createBaseline = options.createBaselineOption.getValue();
        varFiles = listOf(options.varFileOption.getValue());
        policyDirectories = listOf(options.policyDirOption.getValue());
        onlyRules = listOf(options.ruleOption.getValue());
        skippedRules = listOf(options.skipRuleOption.getValue());
        region = options.regionOption.getValue();
        configFile = options.configOption.getValue();
        noConfig = options.noConfigOption.getValue();
        noInlineSuppressions = options.noInlineSuppressionsOption.getValue();
        verbose = options.verboseOption.getValue();
        quiet = options.quietOption.getValue();
        color = options.colorOption.getValue();
        noColor = options.noColorOption.getValue();
        threads = options.threadsOption.getValue();
    }

    /** A repeatable option given no value is an empty list; this one can be added to. */
    private static <T> List<T> listOf(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    boolean debug() {
        return Boolean.TRUE.equals(options.debugOption.getValue());
    }

    @Override
    public Integer call() throws IOException {
        read();
        List<Problem> problems = new ArrayList<>();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        Optional<StandardInput.Saved> stdin = Optional.empty();
        if (roots.contains(Path.of("-"))) {
            if (roots.size() > 1) {
                return usageError(List.of("- (standard input) is scanned on its own, not with other paths"));
            }
            stdin = Optional.of(StandardInput.save(stdinFilename));
            roots = List.of(stdin.get().file());
        }
        // Settings are checked before anything is scanned: a scan with half its settings is worse than none.
        List<String> wrong = new OptionsCheck(configFile, baseline, varFiles, policyDirectories, threads, region,
                formats, output).errors();
        wrong.addAll(OptionsCheck.contradictions(color, noColor, quiet, verbose));
        if (!wrong.isEmpty()) {
            return usageError(wrong);
        }
        Config config;
        try {
            config = config(commonFolder(roots));
        } catch (InputException e) {
            return usageError(List.of(e.location() + ": " + e.getMessage()));
        }
        Optional<Severity> threshold = threshold(config);
        if (threshold == null) {
            return ExitCode.ERROR;
        }

        // The repository's configuration is the pull request's: its policy-dirs stay in the repository.
        SourceTree tree = SourceTree.of(roots);
        List<Path> policyDirs = new ArrayList<>();
        for (Path dir : config.policyDirs()) {
            if (!Files.exists(dir) || tree.contains(dir)) {
                policyDirs.add(dir);
            } else {
                problems.add(new Problem(Location.file(config.source().map(Path::toString).orElse(".iac-lint.yaml")),
                        "policy-dirs " + dir + " is outside the repository (" + tree.root() + "); it is not loaded"));
            }
        }
        policyDirs.addAll(policyDirectories);
        PolicySet policySet = PolicySet.load(true, policyDirs);
        policySet.problems().forEach(p -> problems.add(Problem.of(p)));
        RuleSelection selection = RuleSelection.of(policySet.policies(), onlyRules, skippedRules, config);
        if (!selection.errors().isEmpty()) {
            return usageError(selection.errors());
        }
        selection.notes().forEach(this::note);
        List<Policy> policies = selection.policies();
        KindTable kinds = KindTable.builtIn();
        Map<String, Rule> rules = Rules.of(policies, kinds, selection.severities());
        Optional<Baseline> baselineRead = readBaseline(problems);

        // What standard input held is named as --stdin-filename says, not by the temporary file.
        FileDiscovery discovery = new FileDiscovery(stdin.map(StandardInput.Saved::folder).orElse(Path.of("")),
                fingerprintRoot(tree));
        Pipeline pipeline = new Pipeline(kinds, policies, rules, config.policySettings(region), discovery, varFiles,
                threads);
        Pipeline.Scan scan = scanWithProgress(pipeline, roots, config);
        if (noInlineSuppressions) {
            // Whoever opens a pull request writes the files, and so their suppressions.
            scan = new Pipeline.Scan(scan.scanned(), scan.skipped(), scan.outcomes(), scan.problems(), List.of());
        }
        ScanResult scanned = Pipeline.triage(scan, config.ignores(), baselineRead, strict || config.strict());
        problems.addAll(scanned.problems());
        int stale = baselineRead.map(read -> staleEntries(read, scanned, discovery, rules.keySet())).orElse(0);
        ScanResult result = new ScanResult(scanned.scanned(), scanned.skipped(), scanned.outcomes(), problems,
                scanned.warnings(), stale);

        if (result.scanned().isEmpty() && problems.isEmpty()) {
            // A typo'd folder or a folder of other code passes with nothing checked: say so.
            note("warning: no CloudFormation template, Terraform module, plan "
                    + "or CDK assembly found in " + String.join(", ", roots.stream().map(Path::toString).toList())
                    + (result.skipped().isEmpty() ? "" : " (" + result.skipped().size() + " file(s) skipped; -v lists them)"));
        }
        AppliedConfiguration applied = config.source()
                .map(file -> new AppliedConfiguration(discovery.display(file), selection.disabledByConfig(),
                        config.exclude().globs()))
                .orElse(AppliedConfiguration.NONE);
        Report report = new Report(result, List.copyOf(rules.values()), Version.current(),
                threshold.orElse(Severity.INFO), applied);
        write(report);
        if (createBaseline != null) {
            ReportFile.write(createBaseline, out -> Baseline.write(result.findings(), out));
        }
        return exitCode(result, threshold.orElse(Severity.INFO));
    }

    /**
     * The folder that holds every path: the configuration is looked for from there up, so a
     * configuration in a subfolder (which a pull request may add) never replaces the repository's.
     */
    static Path commonFolder(List<Path> roots) {
        Path common = null;
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
            while (common != null && !folder.startsWith(common)) {
                common = common.getParent();
            }
            common = common == null ? folder : common;
        }
        return common == null ? Path.of("").toAbsolutePath() : common;
    }

    /** The configuration; one that cannot be read stops the run (thrown), rather than being half applied. */
    private Config config(Path firstRoot) {
        if (noConfig) {
            return Config.defaults();
        }
        Optional<Path> file = configFile != null ? Optional.of(configFile) : ConfigLoader.find(firstRoot);
        return file.map(ConfigLoader::read).orElse(Config.defaults());
    }

    /**
     * What fingerprints and the baseline name files from, so that they match from any folder: the
     * git repository's top level; outside git, the baseline's folder; else the working directory.
     */
    private Path fingerprintRoot(SourceTree tree) {
        if (tree.isRepository()) {
            return tree.root();
        }
        return Optional.ofNullable(baseline).or(() -> Optional.ofNullable(createBaseline))
                .map(file -> file.toAbsolutePath().getParent()).orElse(Path.of(""));
    }

    /** Counts the baseline entries of scanned files and rules that ran which match no finding, and says so. */
    private int staleEntries(Baseline read, ScanResult scanned, FileDiscovery discovery, Set<String> ruleIds) {
        Set<String> files = new HashSet<>();
        scanned.scanned().forEach(file -> files.add(discovery.repositoryPath(file)));
        int stale = read.stale(scanned.outcomes(), entry -> (entry.file() == null || files.contains(entry.file()))
                && (entry.ruleId() == null || ruleIds.contains(entry.ruleId()))).size();
        boolean refreshing = createBaseline != null
                && createBaseline.toAbsolutePath().normalize().equals(baseline.toAbsolutePath().normalize());
        if (stale > 0 && !refreshing) {
            note("warning: " + stale + (stale == 1 ? " entry" : " entries") + " of the baseline " + baseline
                    + (stale == 1 ? " matches" : " match") + " no finding (fixed, or the line changed); "
                    + "refresh it with --baseline " + baseline + " --create-baseline " + baseline);
        }
        return stale;
    }

    /** The scan, with its progress on standard error when that is a terminal outside CI, and not --quiet. */
    private Pipeline.Scan scanWithProgress(Pipeline pipeline, List<Path> roots, Config config) {
        if (quiet || !terminal.showsProgress()) {
            return pipeline.scan(roots, config.exclude());
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System::nanoTime);
        try {
            return pipeline.scan(roots, config.exclude(), progress);
        } finally {
            progress.clear();
        }
    }

    /** What the user should know that is no error; --quiet leaves it out. */
    private void note(String text) {
        if (!quiet) {
            spec.commandLine().getErr().println("iac-lint: " + text);
        }
    }

    private int usageError(List<String> errors) {
        errors.forEach(error -> spec.commandLine().getErr().println("iac-lint: " + error));
        return ExitCode.ERROR;
    }

    /** The --fail-on threshold, the config's when the option is absent; null after a usage error. */
    private Optional<Severity> threshold(Config config) {
        if (failOn == null) {
            return config.failOn();
        }
        Optional<Severity> parsed = Severity.parse(failOn);
        if (parsed.isEmpty()) {
            spec.commandLine().getErr().println("iac-lint: --fail-on takes critical, high, medium, low or info, not '"
                    + failOn + "'");
            return null;
        }
        return parsed;
    }

    private Optional<Baseline> readBaseline(List<Problem> problems) {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(baseline));
        } catch (InputException e) {
            problems.add(Problem.of(e));
            return Optional.empty();
        }
    }

    private void write(Report report) throws IOException {
        List<OutputTarget> targets = formats.isEmpty()
                ? List.of(new OutputTarget(OutputFormat.text, Optional.empty())) : formats;
        for (OutputTarget target : targets) {
            Optional<Path> file = target.file().or(() -> Optional.ofNullable(output));
            if (file.isPresent()) {
                ReportFile.write(file.get(), out -> target.format().renderer(verbose, quiet, Highlight.NONE,
                        Version.current()).render(report, out));
            } else {
                PrintWriter stdout = spec.commandLine().getOut();
                Highlight highlight = Highlight.of(terminal.colours(noColor ? ColorChoice.never
                        : color == null ? ColorChoice.auto : color));
                target.format().renderer(verbose, quiet, highlight, Version.current()).render(report, stdout);
                stdout.flush();
            }
        }
    }

    static int exitCode(ScanResult result, Severity failOn) {
        if (!result.problems().isEmpty()) {
            return ExitCode.ERROR;
        }
        boolean failed = result.findings().stream()
                .anyMatch(f -> f.isFailure() && f.severity().compareTo(failOn) >= 0);
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
