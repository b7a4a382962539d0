package dev.iaclint.scan;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.engine.Evaluation;
import dev.iaclint.engine.Evaluator;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.parse.InputException;
import dev.iaclint.policy.Policy;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    public Scanner(KindTable kinds, List<Policy> policies, int threads) {
        this.templates = new TemplateLoader(kinds);
        this.evaluator = new Evaluator(policies, kinds);
        this.threads = Math.max(1, threads);
    }

    /** The outcome of one file. */
    private record FileOutcome(String file, boolean scanned, String skipReason, Evaluation evaluation) {
    }

    public ScanResult scan(List<InputFile> files) {
        List<FileOutcome> outcomes = files.size() <= 1 || threads == 1
                ? files.stream().map(this::scanFile).toList()
                : scanInParallel(files);
        List<String> scanned = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.scanned()) {
                scanned.add(outcome.file());
            } else if (outcome.skipReason() != null) {
                skipped.add(new ScanResult.Skipped(outcome.file(), outcome.skipReason()));
            }
            findings.addAll(outcome.evaluation().findings().stream().sorted(FINDING_ORDER).toList());
            problems.addAll(outcome.evaluation().problems());
        }
        return new ScanResult(scanned, skipped, findings, problems);
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
            return templates.load(file.display(), text, isJson(file, text))
                    .map(loaded -> {
                        Evaluation evaluation = evaluator.evaluate(loaded.unit());
                        List<Problem> problems = new ArrayList<>();
                        loaded.problems().forEach(p -> problems.add(new Problem(p.location(), p.getMessage())));
                        problems.addAll(evaluation.problems());
                        return new FileOutcome(file.display(), true, null, new Evaluation(evaluation.findings(), problems));
                    })
                    .orElseGet(() -> skipped(file, "not a CloudFormation template"));
        } catch (InputException e) {
            return failed(file, e);
        } catch (StackOverflowError e) {
            return failed(file, new InputException(Location.file(file.display()), "nested too deeply to read"));
        }
    }

    private static boolean isJson(InputFile file, String text) {
        if (file.display().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        String start = text.stripLeading();
        return start.startsWith("{");
    }

    private static FileOutcome skipped(InputFile file, String reason) {
        return new FileOutcome(file.display(), false, reason, new Evaluation(List.of(), List.of()));
    }

    private static FileOutcome failed(InputFile file, InputException e) {
        return new FileOutcome(file.display(), false, null,
                new Evaluation(List.of(), List.of(new Problem(e.location(), e.getMessage()))));
    }
}
