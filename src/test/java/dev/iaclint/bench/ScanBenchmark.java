package dev.iaclint.bench;

import dev.iaclint.cloudformation.TemplateLoader;
import dev.iaclint.engine.Rules;
import dev.iaclint.kinds.KindTable;
import dev.iaclint.load.InputFile;
import dev.iaclint.parse.JsonNodeReader;
import dev.iaclint.parse.SourceText;
import dev.iaclint.parse.TagHandler;
import dev.iaclint.pipeline.Pipeline;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.policy.PolicySettings;
import dev.iaclint.report.JsonRenderer;
import dev.iaclint.report.Report;
import dev.iaclint.report.ScanResult;
import dev.iaclint.scan.FileDiscovery;
import dev.iaclint.terraform.syntax.HclParser;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scans synthetic repositories of N files (CloudFormation YAML and JSON, Terraform modules with
 * variables, locals and a local module, plan JSON) and prints, as medians of RUNS runs: the full
 * scan (discover, load and evaluate, render JSON) and each stage of it (loading is timed by a
 * scan with no policy; resolution is lazy and falls in evaluation), the floor (the same files
 * read and parsed by the same parsers, nothing else, on one thread and on as many as the scan),
 * their ratio, files/s and MB/s, and the heap's peak. WARMUP runs (default 2) come first and
 * are not counted: the JIT compilers are still busy after one. Not a test: bench/scan.sh runs it.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(System.getProperty("runs", "5"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "2"));
        for (String size : args) {
            int files = Integer.parseInt(size);
            Path repo = Path.of("target/bench/" + repositoryName(files));
            if (!Files.isDirectory(repo)) {
                generate(repo, files);
            }
            measure(repo, runs, warmup);
        }
    }

    /** SHAPE=realistic: files of a few kilobytes, mostly not Bedrock (RealisticRepoGenerator); else small stacks. */
    private static boolean realistic() {
        return "realistic".equals(System.getProperty("shape", "small"));
    }

    static String repositoryName(int files) {
        return (realistic() ? "repo-realistic-" : "repo-") + files;
    }

    private static void generate(Path repo, int files) throws IOException {
        if (realistic()) {
            RealisticRepoGenerator.generate(repo, files);
        } else {
            RepoGenerator.generate(repo, files);
        }
    }

    private static void measure(Path repo, int runs, int warmup) throws IOException {
        PolicySet policies = PolicySet.load(true, List.of());
        KindTable kinds = KindTable.builtIn();
        FileDiscovery discovery = new FileDiscovery(Path.of(""));
        int threads = Runtime.getRuntime().availableProcessors();
        Pipeline full = new Pipeline(kinds, policies.policies(), Rules.of(policies.policies(), kinds, Map.of()),
                PolicySettings.defaults(), discovery, List.of(), threads);
        // The same scan with no policy: files read, parsed and built into units, nothing evaluated.
        Pipeline loadOnly = new Pipeline(kinds, List.of(), Map.of(), PolicySettings.defaults(), discovery, List.of(),
                threads);
        long[][] stages = new long[7][runs]; // discover, load, scan, report, total, floor, parallel floor
        long bytes = 0;
        int count = 0;
        int findings = 0;
        for (int run = -warmup; run < runs; run++) { // negative runs warm up
            long t0 = System.nanoTime();
            List<InputFile> files = discovery.discover(List.of(repo)).files();
            long t1 = System.nanoTime();
            loadOnly.scan(files);
            long t2 = System.nanoTime();
            ScanResult result = Pipeline.triage(full.scan(files), List.of(), Optional.empty(), false);
            long t3 = System.nanoTime();
            new JsonRenderer("bench").render(new Report(result, List.of(), "bench"), new StringWriter());
            long t4 = System.nanoTime();
            long read = 0;
            for (InputFile file : files) {
                read += parseOnly(file);
            }
            long t5 = System.nanoTime();
            parseOnly(files, threads);
            long t6 = System.nanoTime();
            if (run >= 0) {
                long[] times = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, (t1 - t0) + (t4 - t2), t5 - t4, t6 - t5};
                for (int stage = 0; stage < times.length; stage++) {
                    stages[stage][run] = times[stage];
                }
                bytes = read;
                count = files.size();
                findings = result.findings().size();
            }
        }
        double[] median = new double[stages.length];
        for (int stage = 0; stage < stages.length; stage++) {
            Arrays.sort(stages[stage]);
            median[stage] = stages[stage][runs / 2] / 1e9;
        }
        double scanSeconds = median[4];
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB, %d findings; scan %.2f s (%.0f files/s, %.1f MB/s) ="
                        + " discover %.2f + load and evaluate %.2f (load alone %.2f, so evaluate %.2f) + report %.2f;"
                        + " parse-only floor %.2f s on 1 thread, %.2f s on %d; scan/floor %.2f (1 thread), %.2f (%d);"
                        + " peak heap %.0f MB; %d runs after %d warm-up, %d threads%n",
                repo.getFileName(), count, bytes / 1048576.0, findings, scanSeconds, count / scanSeconds,
                bytes / 1048576.0 / scanSeconds, median[0], median[2], median[1], Math.max(0, median[2] - median[1]),
                median[3], median[5], median[6], threads, scanSeconds / median[5], scanSeconds / median[6], threads,
                peakHeapMegabytes(), runs, warmup, threads);
    }

    /** The floor on as many threads as the scan: each file read and parsed as a task of its own. */
    private static void parseOnly(List<InputFile> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parsed = files.stream().map(file -> pool.submit(() -> parseOnly(file))).toList();
            for (Future<Long> file : parsed) {
                file.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("the parallel floor failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads and parses one file as the scanner would, and nothing else; returns its size. */
    private static long parseOnly(InputFile file) {
        String text = SourceText.read(file.path(), file.display());
        String name = file.display();
        if (name.endsWith(".tf")) {
            HclParser.parse(name, text);
        } else if (name.endsWith(".json")) {
            JsonNodeReader.read(name, text, TagHandler.NONE);
        } else if (TemplateLoader.mayBeTemplate(text)) {
            new TemplateLoader(KindTable.builtIn()).load(name, text, false);
        }
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
