package dev.iaclint.pipeline;

import dev.iaclint.engine.Baseline;
import dev.iaclint.engine.Evaluation;
import dev.iaclint.engine.Evaluator;
import dev.iaclint.engine.Triage;
import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.InlineIgnores;
import dev.iaclint.engine.suppress.MetadataIgnores;
import dev.iaclint.engine.suppress.ModuleCallIgnores;
import dev.iaclint.engine.suppress.PathPatterns;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.Input;
import dev.iaclint.load.InputFile;
import dev.iaclint.load.Loaded;
import dev.iaclint.load.Loader;
import dev.iaclint.load.SourceFile;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Fingerprints;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Rule;
import dev.iaclint.report.ScanResult;
import dev.iaclint.scan.FileDiscovery;
import dev.iaclint.scan.Loaders;
import dev.iaclint.scan.Progress;
import dev.iaclint.scan.Scanner;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stages of a scan, run the same way for every caller (the scan command, policy fixtures,
 * benchmarks, tests): discover, load, evaluate, fingerprint, then triage. Loading and
 * evaluating an input run together on one worker thread; the rest is gathered in file and line
 * order, so a report never depends on scheduling.
 */
public final class Pipeline {

    private static final Comparator<Location> LOCATION_ORDER = Comparator.comparing((Location l) -> l.file())
            .thenComparingInt(Location::line);

    private final KindTable kinds;
    private final Evaluator evaluator;
    private final FileDiscovery discovery;
    private final List<Path> varFiles;
    private final int threads;

    /**
     * @param rules     the report's rule for each policy, as {@code Rules.of} makes them
     * @param discovery finds the files and names them as reports do
     * @param varFiles  Terraform {@code --var-file}s
     */
    public Pipeline(KindTable kinds, List<Policy> policies, Map<String, Rule> rules, PolicySettings settings,
                    FileDiscovery discovery, List<Path> varFiles, int threads) {
        this.kinds = kinds;
        this.evaluator = new Evaluator(policies, rules, kinds, settings);
        this.discovery = discovery;
        this.varFiles = List.copyOf(varFiles);
        this.threads = threads;
    }

    /**
     * What the files say before triage: every outcome, passes included, and the suppressions
     * written in them.
     */
    public record Scan(List<String> scanned, List<ScanResult.Skipped> skipped, List<Finding> outcomes,
                       List<Problem> problems, List<Ignore> ignores) {
    }

    /**
     * Evaluated inputs kept from an earlier scan of the same tree: a caller that scans a tree
     * again after small changes (the commits of a history) reuses what the changes did not touch.
     */
    public interface Memo {

        Memo NONE = new Memo() {
            @Override
            public Optional<Scan> recall(Input input) {
                return Optional.empty();
            }

            @Override
            public void keep(Input input, Loaded loaded, Scan scan) {
            }
        };

        /** What the input gave last time, when nothing it read has changed since. */
        Optional<Scan> recall(Input input);

        /**
         * The loaders of this scan: by default fresh ones; a memo may keep them from the last
         * scan, with what they parsed, once it has told them what changed ({@link Loader#forget}).
         */
        default List<Loader> loaders(Supplier<List<Loader>> fresh) {
            return fresh.get();
        }

        /** Called on the worker thread that evaluated the input. */
        void keep(Input input, Loaded loaded, Scan scan);

        /**
         * The files under the paths: by default discovered afresh; a memo may update what the
         * last scan of the same paths found with what changed since ({@link FileDiscovery#rediscover}).
         */
        default FileDiscovery.Found discover(List<Path> paths, FileDiscovery discovery) {
            return discovery.discover(paths);
        }

        /** What merges the parts' outcomes: by default a fresh one; a memo may keep it, with its merges, across scans. */
        default MergedOutcomes outcomes() {
            return new MergedOutcomes();
        }
    }

    /** Discovers the files under the paths (leaving out {@code exclude}d ones) and scans them. */
    public Scan scan(List<Path> paths, PathPatterns exclude) {
        return scan(paths, exclude, Progress.NONE, Memo.NONE);
    }

    /** @param progress told how many of the files are done as the scan goes */
    public Scan scan(List<Path> paths, PathPatterns exclude, Progress progress) {
        return scan(paths, exclude, progress, Memo.NONE);
    }

    /** Discovers and scans, reusing the inputs the memo still holds. */
    public Scan scan(List<Path> paths, PathPatterns exclude, Memo memo) {
        return scan(paths, exclude, Progress.NONE, memo);
    }

    private Scan scan(List<Path> paths, PathPatterns exclude, Progress progress, Memo memo) {
        FileDiscovery.Found found = memo.discover(paths, discovery);
        List<InputFile> files = found.files().stream()
                .filter(f -> exclude.isEmpty() || !exclude.matches(f.display())).toList();
        Scan scan = scan(files, progress, memo);
        List<Problem> problems = new ArrayList<>();
        found.missing().forEach(missing -> problems.add(new Problem(Location.file(missing),
                "no such file or directory, or it cannot be read")));
        problems.addAll(scan.problems());
        return new Scan(scan.scanned(), scan.skipped(), scan.outcomes(), problems, scan.ignores());
    }

    public Scan scan(List<InputFile> files) {
        return scan(files, Progress.NONE, Memo.NONE);
    }

    private Scan scan(List<InputFile> files, Progress progress, Memo memo) {
        Scanner scanner = new Scanner(memo.loaders(() -> Loaders.forScan(kinds, discovery::display, varFiles)), threads,
                progress);
        List<Scan> parts = scanner.scan(files, new Scanner.Stage<>() {
            @Override
            public Scan loaded(Input input, Loaded loaded) {
                Scan evaluated = evaluate(input, loaded);
                memo.keep(input, loaded, evaluated);
                return evaluated;
            }

            @Override
            public Optional<Scan> reused(Input input) {
                return memo.recall(input);
            }

            @Override
            public Scan skipped(InputFile file, String reason) {
                return new Scan(List.of(), List.of(new ScanResult.Skipped(file.display(), reason)), List.of(),
                        List.of(), List.of());
            }

            @Override
            public Scan failed(InputException problem) {
                if (isBinaryJson(problem)) {
                    return skipped(new InputFile(Path.of(problem.location().file()), problem.location().file(), false),
                            "not JSON text (not UTF-8: a binary file)");
                }
                return new Scan(List.of(), List.of(), List.of(), List.of(Problem.of(problem)), List.of());
            }
        });
        List<String> scanned = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Ignore> ignores = new ArrayList<>();
        for (Scan part : parts) {
            scanned.addAll(part.scanned());
            skipped.addAll(part.skipped());
            problems.addAll(part.problems());
            ignores.addAll(part.ignores());
        }
        List<Finding> onePerPlace = memo.outcomes().of(parts);
        problems.sort(Comparator.comparing(Problem::location, LOCATION_ORDER));
        ignores.sort(Comparator.comparing(Ignore::location, LOCATION_ORDER));
        return new Scan(scanned.stream().sorted().distinct().toList(),
                skipped.stream().sorted(Comparator.comparing(ScanResult.Skipped::file)).toList(),
                onePerPlace, problems, ignores);
    }

    /**
     * JSON is UTF-8 by definition (RFC 8259), so a {@code .json} file that is not (a binary index,
     * a packed cache) is no template or plan: skipped, not an error. A YAML or Terraform file with
     * a bad byte is still code that cannot be read, and stays an error.
     */
    private static boolean isBinaryJson(InputException problem) {
        return problem.getCause() instanceof CharacterCodingException
                && problem.location().file().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * The triage stage: strict mode, the suppressions written in the files and in {@code extraIgnores}
     * (the configuration's), the baseline. Suppressions that match nothing become warnings.
     */
    public static ScanResult triage(Scan scan, List<Ignore> extraIgnores, Optional<Baseline> baseline, boolean strict) {
        List<Ignore> ignores = new ArrayList<>(scan.ignores());
        ignores.addAll(extraIgnores);
        Triage.Result triaged = Triage.apply(scan.outcomes(), ignores, baseline, strict);
        List<Problem> warnings = triaged.unused().stream()
                .map(ignore -> new Problem(ignore.location(), ignore.describe() + " matches no finding; remove it"))
                .toList();
        return new ScanResult(scan.scanned(), scan.skipped(), triaged.outcomes(), scan.problems(), warnings);
    }

    /** One loaded input: its suppressions, its evaluation, and fingerprints from its lines. */
    private Scan evaluate(Input input, Loaded loaded) {
        List<Problem> problems = new ArrayList<>();
        loaded.problems().forEach(p -> problems.add(Problem.of(p)));
        List<Ignore> ignores = new ArrayList<>();
        Map<String, List<String>> lines = new HashMap<>();
        List<String> scanned = new ArrayList<>();
        for (SourceFile file : loaded.files()) {
            lines.put(file.display(), file.lines());
            if (input.reports(file.display())) {
                scanned.add(file.display());
                if (file.hasComments()) {
                    collect(InlineIgnores.parse(file.display(), file.lines()), ignores, problems);
                }
            }
        }
        collect(MetadataIgnores.of(loaded.unit()), ignores, problems);
        ignores = ModuleCallIgnores.widen(ignores, loaded.unit());
        Evaluation evaluation = evaluator.evaluate(loaded.unit());
        problems.addAll(evaluation.problems());
        // A unit loaded for context (a module folder of which pre-commit named one file) reports
        // only on the files asked for.
        List<Finding> findings = evaluation.findings().stream()
                .filter(f -> input.reports(f.location().file()) || input.reports(f.resourceLocation().file()))
                .map(f -> Fingerprints.withLine(f, lines.getOrDefault(f.location().file(), List.of()),
                        discovery.repositoryPath(f.location().file())))
                .toList();
        return new Scan(scanned, List.of(), findings, problems, ignores);
    }

    private static void collect(InlineIgnores.Parsed parsed, List<Ignore> ignores, List<Problem> problems) {
        ignores.addAll(parsed.ignores());
        parsed.problems().forEach(p -> problems.add(Problem.of(p)));
    }
}
