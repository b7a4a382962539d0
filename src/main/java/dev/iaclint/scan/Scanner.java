package dev.iaclint.scan;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.engine.Evaluation;
import dev.iaclint.engine.Evaluator;
import dev.iaclint.engine.suppress.Ignore;
import dev.iaclint.engine.suppress.InlineIgnores;
import dev.iaclint.engine.suppress.MetadataIgnores;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.model.Location;
import dev.iaclint.model.Unit;
import dev.iaclint.parse.InputException;
import dev.iaclint.parse.SourceText;
import dev.iaclint.plan.PlanLoader;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.report.Finding;
import dev.iaclint.report.Fingerprints;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Rule;
import dev.iaclint.report.ScanResult;
import dev.iaclint.terraform.TerraformLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads and checks the inputs in parallel: one task per CloudFormation template or Terraform
 * plan, one per Terraform root module (a folder of {@code .tf} files with the local modules it calls). The outcome is
 * gathered in file and line order so the report does not depend on scheduling. An input that
 * cannot be read is a problem of its own; the others are still scanned.
 */
public final class Scanner {

    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::resource);

    private final TemplateLoader templates;
    private final PlanLoader plans;
    /** A loader per scan: its cache of parsed folders must not outlive the files it read. */
    private final Supplier<TerraformLoader> terraformLoader;
    private final Evaluator evaluator;
    private final int threads;

    /**
     * @param rules    the report's rule for each policy, as {@code Rules.of} makes them
     * @param display  how reports name a path
     * @param varFiles Terraform {@code --var-file}s
     */
    public Scanner(KindTable kinds, List<Policy> policies, Map<String, Rule> rules, int threads,
                   Function<Path, String> display, List<Path> varFiles, PolicySettings settings) {
        this.templates = new TemplateLoader(kinds);
        this.plans = new PlanLoader(kinds);
        this.terraformLoader = () -> new TerraformLoader(kinds, display, varFiles);
        this.evaluator = new Evaluator(policies, rules, kinds, settings);
        this.threads = Math.max(1, threads);
    }

    /** What one task yields. */
    private record Outcome(List<String> scanned, List<ScanResult.Skipped> skipped, List<Finding> findings,
                           List<Problem> problems, List<Ignore> ignores) {
    }

    /** What a scan gives: the result, and the suppressions written in the scanned files for the filter stage. */
    public record ScanRun(ScanResult result, List<Ignore> ignores) {
    }

    public ScanRun scan(List<InputFile> files) {
        TerraformLoader terraform = terraformLoader.get();
        List<Callable<Outcome>> tasks = new ArrayList<>();
        Map<Path, List<InputFile>> folders = new LinkedHashMap<>();
        for (InputFile file : files) {
            if (file.isTerraform()) {
                folders.computeIfAbsent(file.path().toAbsolutePath().normalize().getParent(), d -> new ArrayList<>())
                        .add(file);
            } else {
                tasks.add(() -> scanDocument(file));
            }
        }
        // Telling roots from called modules parses every folder's .tf files (kept for the modules'
        // tasks), so it runs in parallel too. A folder that fails here fails again, reported, in its task.
        Set<Path> children = new HashSet<>();
        List<Callable<List<Path>>> calls = folders.keySet().stream()
                .<Callable<List<Path>>>map(folder -> () -> terraform.localModuleFolders(folder)).toList();
        run(calls, failure -> List.of()).forEach(children::addAll);
        Requested requested = Requested.of(folders);
        folders.forEach((folder, named) -> {
            if (!children.contains(folder)) {
                tasks.add(() -> scanModule(terraform, folder, named, requested));
            }
        });
        List<Outcome> outcomes = run(tasks, Scanner::internalError);

        List<String> scanned = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Ignore> ignores = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            scanned.addAll(outcome.scanned());
            skipped.addAll(outcome.skipped());
            findings.addAll(outcome.findings());
            problems.addAll(outcome.problems());
            ignores.addAll(outcome.ignores());
        }
        findings.sort(FINDING_ORDER);
        problems.sort(Comparator.comparing((Problem p) -> p.location().file()).thenComparingInt(p -> p.location().line()));
        return new ScanRun(new ScanResult(scanned.stream().sorted().toList(),
                skipped.stream().sorted(Comparator.comparing(ScanResult.Skipped::file)).toList(),
                findings, problems, List.of()), ignores);
    }

    /** The tasks' results in the tasks' order, whatever order they ran in; a task that throws gives {@code failed}'s. */
    private <T> List<T> run(List<Callable<T>> tasks, Function<Throwable, T> failed) {
        if (tasks.size() <= 1 || threads == 1) {
            return tasks.stream().map(task -> call(task, failed)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "iac-lint-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(await(future, failed));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task, Function<Throwable, T> failed) {
        try {
            return task.call();
        } catch (Exception e) {
            return failed.apply(e);
        }
    }

    private static <T> T await(Future<T> future, Function<Throwable, T> failed) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed.apply(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed.apply(e);
        }
    }

    private static Outcome internalError(Throwable e) {
        return new Outcome(List.of(), List.of(), List.of(),
                List.of(new Problem(Location.file("iac-lint"), "internal error: " + e)), List.of());
    }

    // ---- CloudFormation and plans -------------------------------------------------------------

    /** A YAML or JSON file: a Terraform plan, a CloudFormation template, or neither (skipped). */
    private Outcome scanDocument(InputFile file) {
        try {
            String text = SourceText.read(file.path(), file.display());
            boolean json = isJson(file, text);
            if (json && PlanLoader.mayBePlan(text)) {
                return plans.load(file.display(), text).map(unit -> {
                    List<Problem> problems = new ArrayList<>();
                    List<Finding> findings = evaluate(unit, Map.of(file.display(), text.lines().toList()), problems);
                    return new Outcome(List.of(file.display()), List.of(), findings, problems, List.of());
                }).orElseGet(() -> skipped(file, "JSON that is neither a plan nor a template"));
            }
            if (!TemplateLoader.mayBeTemplate(text)) {
                return skipped(file, "not a CloudFormation template or Terraform plan");
            }
            return templates.load(file.display(), text, json)
                    .map(loaded -> {
                        List<Problem> problems = new ArrayList<>();
                        loaded.problems().forEach(p -> problems.add(Problem.of(p)));
                        List<Ignore> ignores = new ArrayList<>();
                        List<String> lines = text.lines().toList();
                        if (!json) {
                            collect(InlineIgnores.parse(file.display(), lines), ignores, problems);
                        }
                        collect(MetadataIgnores.of(loaded.unit()), ignores, problems);
                        List<Finding> findings = evaluate(loaded.unit(), Map.of(file.display(), lines), problems);
                        return new Outcome(List.of(file.display()), List.of(), findings, problems, ignores);
                    })
                    .orElseGet(() -> skipped(file, "not a CloudFormation template or Terraform plan"));
        } catch (InputException e) {
            return failed(e);
        } catch (StackOverflowError e) {
            return failed(new InputException(Location.file(file.display()), "nested too deeply to read"));
        }
    }

    private static boolean isJson(InputFile file, String text) {
        return file.display().toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
    }

    // ---- Terraform ----------------------------------------------------------------------------

    /**
     * A root module and the local modules it calls. When only some of its files were named (as
     * pre-commit does), the whole folder is loaded for context and only those files are reported.
     */
    private Outcome scanModule(TerraformLoader terraform, Path folder, List<InputFile> named, Requested requested) {
        try {
            TerraformLoader.Loaded loaded = terraform.load(folder);
            Set<String> reported = requested.reported(loaded);
            // Every problem is reported, context files' too: a module that does not load is not checked.
            List<Problem> problems = new ArrayList<>();
            loaded.problems().forEach(p -> problems.add(Problem.of(p)));
            List<Ignore> ignores = new ArrayList<>();
            Map<String, List<String>> lines = new HashMap<>();
            for (TerraformLoader.ParsedFile file : loaded.files()) {
                lines.put(file.display(), file.lines());
                if (reported.contains(file.display())) {
                    collect(InlineIgnores.parse(file.display(), file.lines()), ignores, problems);
                }
            }
            List<Finding> findings = evaluate(loaded.unit(), lines, problems).stream()
                    .filter(f -> reported.contains(f.location().file()) || reported.contains(f.resourceLocation().file()))
                    .toList();
            return new Outcome(new ArrayList<>(reported), List.of(), findings, problems, ignores);
        } catch (StackOverflowError e) {
            return failed(new InputException(Location.file(named.get(0).display()), "nested too deeply to read"));
        }
    }

    /**
     * The .tf files asked for, built once per scan: every file of a folder that was walked, or
     * just the files that were named.
     */
    private record Requested(Set<String> files, Set<String> wholeFolders) {

        static Requested of(Map<Path, List<InputFile>> folders) {
            Set<String> files = new HashSet<>();
            Set<String> wholeFolders = new HashSet<>();
            for (List<InputFile> inFolder : folders.values()) {
                for (InputFile file : inFolder) {
                    files.add(file.display());
                    if (!file.named()) {
                        wholeFolders.add(parentOf(file.display()));
                    }
                }
            }
            return new Requested(files, wholeFolders);
        }

        /** The loaded files to report on. */
        Set<String> reported(TerraformLoader.Loaded loaded) {
            Set<String> reported = new TreeSet<>();
            for (TerraformLoader.ParsedFile file : loaded.files()) {
                if (files.contains(file.display()) || wholeFolders.contains(parentOf(file.display()))) {
                    reported.add(file.display());
                }
            }
            return reported;
        }
    }

    private static String parentOf(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "" : display.substring(0, slash);
    }

    // ---- shared -------------------------------------------------------------------------------

    private List<Finding> evaluate(Unit unit, Map<String, List<String>> lines, List<Problem> problems) {
        Evaluation evaluation = evaluator.evaluate(unit);
        problems.addAll(evaluation.problems());
        return evaluation.findings().stream()
                .map(f -> Fingerprints.withLine(f, lines.getOrDefault(f.location().file(), List.of())))
                .toList();
    }

    private static void collect(InlineIgnores.Parsed parsed, List<Ignore> ignores, List<Problem> problems) {
        ignores.addAll(parsed.ignores());
        parsed.problems().forEach(p -> problems.add(Problem.of(p)));
    }

    private static Outcome skipped(InputFile file, String reason) {
        return new Outcome(List.of(), List.of(new ScanResult.Skipped(file.display(), reason)), List.of(), List.of(),
                List.of());
    }

    private static Outcome failed(InputException e) {
        return new Outcome(List.of(), List.of(), List.of(), List.of(Problem.of(e)), List.of());
    }
}
