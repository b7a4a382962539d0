package dev.iaclint.scan;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.engine.Evaluation;
import dev.iaclint.engine.Evaluator;
import dev.iaclint.engine.Fingerprints;
import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.InlineIgnores;
import dev.iaclint.engine.suppress.MetadataIgnores;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.Policy;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Rule;
import dev.iaclint.report.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads and checks files in parallel, one task per file, and gathers the outcome in file order
 * so the report does not depend on scheduling. A file that cannot be read is a problem of its
 * own; the other files are still scanned.
 */
public final class Scanner {

    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.location().line())
            .thenComparing(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::resource);

    private final TemplateLoader templates;
    private final Evaluator evaluator;
    private final int threads;

    /** @param rules the report's rule for each policy, as {@code Rules.of} makes them */
    public Scanner(KindTable kinds, List<Policy> policies, Map<String, Rule> rules, int threads) {
        this.templates = new TemplateLoader(kinds);
        this.evaluator = new Evaluator(policies, rules, kinds);
        this.threads = Math.max(1, threads);
    }

    /** The outcome of one file. */
    private record FileOutcome(String file, boolean scanned, String skipReason, List<Finding> outcomes,
                               List<Problem> problems, List<Ignore> ignores) {
    }

    /** What a scan gives: the result, and the suppressions written in the scanned files for the filter stage. */
    public record ScanRun(ScanResult result, List<Ignore> ignores) {
    }

    public ScanRun scan(List<InputFile> files) {
        List<FileOutcome> outcomes = files.size() <= 1 || threads == 1
                ? files.stream().map(this::scanFile).toList()
                : scanInParallel(files);
        List<String> scanned = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Ignore> ignores = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.scanned()) {
                scanned.add(outcome.file());
            } else if (outcome.skipReason() != null) {
                skipped.add(new ScanResult.Skipped(outcome.file(), outcome.skipReason()));
            }
            findings.addAll(outcome.outcomes().stream().sorted(FINDING_ORDER).toList());
            problems.addAll(outcome.problems());
            ignores.addAll(outcome.ignores());
        }
        return new ScanRun(new ScanResult(scanned, skipped, findings, problems, List.of()), ignores);
    }

    private List<FileOutcome> scanInParallel(List<InputFile> files) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "iac-lint-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (InputFile file : files) {
                futures.add(pool.submit(() -> scanFile(file)));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileOutcome await(Future<FileOutcome> future, InputFile file) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed(file, new InputException(Location.file(file.display()), "internal error: " + e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, new InputException(Location.file(file.display()), "interrupted"));
        }
    }

    private FileOutcome scanFile(InputFile file) {
        try {
            String text = SourceText.read(file);
            if (!TemplateLoader.mayBeTemplate(text)) {
                return skipped(file, "not a CloudFormation template");
            }
            boolean json = isJson(file, text);
            return templates.load(file.display(), text, json)
                    .map(loaded -> checked(file, text, json, loaded))
                    .orElseGet(() -> skipped(file, "not a CloudFormation template"));
        } catch (InputException e) {
            return failed(file, e);
        } catch (StackOverflowError e) {
            return failed(file, new InputException(Location.file(file.display()), "nested too deeply to read"));
        }
    }

    /** Evaluates a loaded file, fingerprints its findings and reads the suppressions written in it. */
    private FileOutcome checked(InputFile file, String text, boolean json, TemplateLoader.Loaded loaded) {
        List<String> lines = text.lines().toList();
        Evaluation evaluation = evaluator.evaluate(loaded.unit());
        List<Finding> outcomes = evaluation.findings().stream().map(f -> Fingerprints.of(f, lines)).toList();
        List<Problem> problems = new ArrayList<>();
        loaded.problems().forEach(p -> problems.add(Problem.of(p)));
        problems.addAll(evaluation.problems());
        List<Ignore> ignores = new ArrayList<>();
        for (InlineIgnores.Parsed parsed : List.of(
                json ? new InlineIgnores.Parsed(List.of(), List.of()) : InlineIgnores.parse(file.display(), lines),
                MetadataIgnores.of(loaded.unit()))) {
            ignores.addAll(parsed.ignores());
            parsed.problems().forEach(p -> problems.add(Problem.of(p)));
        }
        return new FileOutcome(file.display(), true, null, outcomes, problems, ignores);
    }

    private static boolean isJson(InputFile file, String text) {
        if (file.display().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        String start = text.stripLeading();
        return start.startsWith("{");
    }

    private static FileOutcome skipped(InputFile file, String reason) {
        return new FileOutcome(file.display(), false, reason, List.of(), List.of(), List.of());
    }

    private static FileOutcome failed(InputFile file, InputException e) {
        return new FileOutcome(file.display(), false, null, List.of(), List.of(Problem.of(e)), List.of());
    }
}
