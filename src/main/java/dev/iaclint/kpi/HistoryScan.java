package dev.iaclint.kpi;

import dev.iaclint.config.Config;
import dev.iaclint.config.ConfigLoader;
import dev.iaclint.engine.Baseline;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.parse.InputException;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.report.ScanResult;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Scans the commits of a history one after the other, each from git objects in memory. A commit
 * that changes no infrastructure file is not scanned; in one that does, only the units whose
 * folders changed are loaded and evaluated again, the rest reused from the commit before.
 */
public final class HistoryScan {

    /**
     * Files that can change a scan's outcome; anything else (code, docs, images) leaves it as it
     * was, unless a unit read it besides its source files (a policy file read by {@code file()}).
     */
    private static final List<String> SCANNED_ENDINGS = List.of(".tf", ".tfvars", ".json", ".yaml", ".yml",
            ".template");

    /** Makes the pipeline for a commit's configuration (its rules, severities and settings). */
    @FunctionalInterface
    public interface Pipelines {
        Pipeline create(Config config, FileDiscovery discovery);
    }

    /**
     * @param paths    the folders or files to scan, relative to the repository's top folder; empty for all of it
     * @param baseline the baseline file in the repository, relative to its top folder; null for none
     */
    public record Settings(String branch, Instant since, List<String> paths, String baseline, boolean strict,
                           Instant asOf) {
    }

    private final GitHistory history;
    private final KindTable kinds;
    private final Pipelines pipelines;

    public HistoryScan(GitHistory history, KindTable kinds, Pipelines pipelines) {
        this.history = history;
        this.kinds = kinds;
        this.pipelines = pipelines;
    }

    public KpiReport run(Settings settings) throws IOException {
        long start = System.nanoTime();
        List<GitHistory.Step> steps = history.firstParent(settings.branch(), settings.since());
        Timeline timeline = new Timeline(kinds);
        ScanResult today = null;
        int scanned = 0;
        try (MemoryTree tree = new MemoryTree(history.repository())) {
            UnchangedInputs memo = new UnchangedInputs(tree.root());
            List<Path> roots = settings.paths().isEmpty() ? List.of(tree.root())
                    : settings.paths().stream().map(tree.root()::resolve).toList();
            FileDiscovery discovery = new FileDiscovery(tree.root());
            Config config = null;
            Pipeline pipeline = null;
            for (GitHistory.Step step : steps) {
                Set<String> changed = tree.moveTo(step.commit());
                if (pipeline != null && changed.stream().noneMatch(HistoryScan::mayChangeTheScan)
                        && !memo.read(changed) && !changed.contains(settings.baseline())) {
                    // What the commit changed is read by no loader and no unit: telling them is not needed.
                    continue;
                }
                if (pipeline == null || changed.contains(ConfigLoader.FILE_NAME)) {
                    // A new configuration may change rules and settings: every unit is evaluated anew.
                    config = config(tree.root());
                    pipeline = pipelines.create(config, discovery);
                    memo.clear();
                } else {
                    memo.changed(changed);
                }
                Pipeline.Scan scan = pipeline.scan(roots, config.exclude(), memo);
                memo.scanned();
                today = Pipeline.triage(scan, config.ignores(), baseline(tree.root(), settings.baseline()),
                        settings.strict() || config.strict());
                timeline.add(step.revision(), today);
                scanned++;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new KpiReport(history.repository().getDirectory().toString(), settings.branch(), settings.since(),
                    settings.asOf(), history.workTree(), timeline.points(), timeline.lifetimes(), timeline.exemptions(),
                    today, new KpiReport.Stats(steps.size(), scanned, memo.evaluated(), memo.reused(), elapsed));
        }
    }

    private static boolean mayChangeTheScan(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return SCANNED_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** The commit's configuration; one that cannot be read counts as none, as the commit's CI would have failed. */
    private static Config config(Path root) {
        try {
            return ConfigLoader.find(root).map(ConfigLoader::read).orElse(Config.defaults());
        } catch (InputException e) {
            return Config.defaults();
        }
    }

    private static Optional<Baseline> baseline(Path root, String file) {
        if (file == null || !Files.isRegularFile(root.resolve(file))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(root.resolve(file)));
        } catch (InputException e) {
            return Optional.empty();
        }
    }
}
