package dev.iaclint.cli;

import dev.iaclint.config.Config;
import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.kpi.GitHistory;
import dev.iaclint.kpi.HistoryScan;
import dev.iaclint.kpi.KpiHtml;
import dev.iaclint.kpi.KpiJson;
import dev.iaclint.kpi.KpiReport;
import dev.iaclint.kpi.KpiText;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iac-lint kpi}: the numbers a security team reports, computed from the repository's own
 * history: customer-managed key coverage per family over time, time to remediate, exceptions.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Walk the first-parent history of a git repository's branch, scan every commit that changed "
                + "infrastructure code (from git objects in memory, no checkout), and report customer-managed key "
                + "coverage per family over time, when each finding appeared and was fixed, time to remediate per "
                + "rule and family, and the exceptions granted.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:no git repository, an unknown branch, or a wrong option"})
final class KpiCommand implements Callable<Integer> {

    /** The formats of {@code iac-lint kpi}. */
    enum Format { text, json, html }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders of the repository to scan (default: the current directory; the repository "
                    + "is the one that holds the first PATH, which may also be a bare git directory).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE",
            description = "The first day of the period, as 2026-01-31 or an instant (default: 90 days ago).")
    private String since;

    @Option(names = "--branch", paramLabel = "REF", defaultValue = "HEAD",
            description = "The branch (or any commit) whose first-parent history is walked (default: HEAD).")
    private String branch;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[:FILE]",
            description = "text (default), json or html (one self-contained page); FORMAT:FILE writes that one to "
                    + "FILE. May be repeated.")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file as committed in the repository (a path from its top folder): its entries "
                    + "at each commit are exceptions, like suppressions.")
    private String baseline;

    @Option(names = "--strict", description = "Treat findings whose outcome is unknown as failures.")
    private boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Units scanned in parallel within a commit (default: the number of processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    private record Target(Format format, Optional<Path> file) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Target> targets = new ArrayList<>();
        for (String written : formats.isEmpty() ? List.of("text") : formats) {
            Optional<Target> target = target(written);
            if (target.isEmpty()) {
                err.println("iac-lint: unknown kpi format '" + written + "'; use text, json or html, optionally as "
                        + "FORMAT:FILE");
                return ExitCode.ERROR;
            }
            targets.add(target.get());
        }
        Instant asOf = Instant.now();
        Instant from;
        try {
            from = since == null ? asOf.minus(Duration.ofDays(90)) : date(since);
        } catch (DateTimeParseException e) {
            err.println("iac-lint: --since takes a date (2026-01-31) or an instant (2026-01-31T12:00:00Z), not '"
                    + since + "'");
            return ExitCode.ERROR;
        }
        List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        KpiReport report;
        try {
            report = report(given, new HistoryScan.Settings(branch, from, List.of(), baseline, strict, asOf), threads);
        } catch (IOException e) {
            err.println("iac-lint: " + e.getMessage());
            return ExitCode.ERROR;
        }
        for (Target target : targets) {
            if (target.file().isPresent()) {
                Path folder = target.file().get().toAbsolutePath().getParent();
                ReportFile.write(target.file().get(), out -> render(target.format(), report, folder, out));
            } else {
                PrintWriter out = spec.commandLine().getOut();
                render(target.format(), report, Path.of("").toAbsolutePath(), out);
                out.flush();
            }
        }
        return ExitCode.OK;
    }

    /**
     * The history of the repository that holds the first path, scanned under the paths.
     *
     * @param settings its paths are replaced by the given ones, as the repository names them
     */
    static KpiReport report(List<Path> given, HistoryScan.Settings settings, int threads) throws IOException {
        try (GitHistory history = GitHistory.open(given.get(0))) {
            KindTable kinds = KindTable.builtIn();
            PolicySet shipped = PolicySet.load(true, List.of());
            HistoryScan.Pipelines pipelines = (config, discovery) -> pipeline(shipped, kinds, config, discovery, threads);
            return new HistoryScan(history, kinds, pipelines).run(new HistoryScan.Settings(settings.branch(),
                    settings.since(), inRepository(history, given), settings.baseline(), settings.strict(),
                    settings.asOf()));
        }
    }

    /** The pipeline for a commit: the shipped policies, as the commit's configuration selects them. */
    private static Pipeline pipeline(PolicySet shipped, KindTable kinds, Config config, FileDiscovery discovery,
                                     int threads) {
        RuleSelection selection = RuleSelection.of(shipped.policies(), List.of(), List.of(), config);
        return new Pipeline(kinds, selection.policies(), Rules.of(selection.policies(), kinds, selection.severities()),
                config.policySettings(null), discovery, List.of(), threads);
    }

    private static void render(Format format, KpiReport report, Path folder, Writer out) throws IOException {
        switch (format) {
            case text -> new KpiText().render(report, out);
            case json -> new KpiJson(Version.current()).render(report, out);
            case html -> new KpiHtml(Version.current(), folder).render(report, out);
        }
    }

    /** The paths as the repository names them, from its top folder; all of it for a bare repository. */
    private static List<String> inRepository(GitHistory history, List<Path> given) throws IOException {
        Path top = history.workTree();
        if (top == null) {
            return List.of();
        }
        List<String> inside = new ArrayList<>();
        for (Path path : given) {
            Path real = path.toRealPath();
            if (!real.startsWith(top.toRealPath())) {
                throw new IOException(path + " is not in the repository at " + top);
            }
            String relative = top.toRealPath().relativize(real).toString().replace('\\', '/');
            if (relative.isEmpty() || relative.equals(".git") || Files.isSameFile(real, history.repository().getDirectory().toPath())) {
                return List.of();
            }
            inside.add(relative);
        }
        return inside;
    }

    private static Optional<Target> target(String written) {
        int colon = written.indexOf(':');
        String name = (colon < 0 ? written : written.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        try {
            Format format = Format.valueOf(name);
            if (colon >= 0 && written.substring(colon + 1).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Target(format, colon < 0 ? Optional.empty() : Optional.of(Path.of(written.substring(colon + 1)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant date(String text) {
        return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
