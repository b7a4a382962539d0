package dev.iaclint.bench;

import dev.iaclint.cli.Main;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a scan's time grows linearly with each dimension of its input. For each dimension it
 * writes inputs at each scale of its base size (1x, 4x and 16x unless told), runs the command
 * line for each report format, and prints the median wall time of RUNS runs and the exponent
 * k = log(t_last / t_before) / log(last / before) between the two largest scales: 1.0 is linear,
 * 2.0 quadratic. The process's CPU time (all threads: scan, GC, JIT) and its k are printed too: on
 * a shared machine wall time follows the load of the other processes, CPU time much less.
 * <p>
 * By default every run is in this JVM, after one warm-up run at the smallest scale, and the step
 * between the two largest scales is the one reported because at the smallest the JIT compilers
 * are still at work. A step of 0.1 s moves with a few milliseconds of collection or compilation;
 * with {@code fresh} set to a launcher ({@code bin/iac-lint}) each run is that command in a fresh
 * JVM, timed by GNU time, so larger scales (such as {@code 16,64}) measure what a CI job runs.
 * <p>
 * A run that exits 2 (an input or policy error) is an error, never a figure: the probe stops.
 * Usage: {@code ScalingProbe [DIMENSION...]}, properties {@code runs} (default 3), {@code formats}
 * (default {@code json,sarif,text}), {@code scales} (default {@code 1,4,16}) and {@code fresh}.
 * Not a test: bench/scaling.sh runs it.
 */
public final class ScalingProbe {

    private static final Path ROOT = Path.of("target/bench/scaling");
    private static final int[] SCALES = Arrays.stream(System.getProperty("scales", "1,4,16").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    /** The launcher each run starts in a fresh JVM, or null to run in this one. */
    private static final String FRESH = System.getProperty("fresh");

    /** Writes the input of a dimension at a scale and returns the path to scan. */
    private interface Input {
        Path write(Path where, int scale) throws IOException;
    }

    private record Dimension(String description, Input input) {
    }

    private static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("template-resources", new Dimension("CloudFormation YAML, resources per template (1x: 750)",
                (where, scale) -> UnitGenerator.yamlTemplate(where.resolve("template.yaml"), 250 * scale, false)));
        DIMENSIONS.put("template-one-line-json", new Dimension("CloudFormation JSON on one line (1x: 750 resources)",
                (where, scale) -> UnitGenerator.oneLineJsonTemplate(where.resolve("template.json"), 250 * scale)));
        DIMENSIONS.put("inline-ignores", new Dimension("CloudFormation YAML, an inline ignore on each agent (1x: 1,250)",
                (where, scale) -> UnitGenerator.yamlTemplate(where.resolve("template.yaml"), 1250 * scale, true)));
        DIMENSIONS.put("module-resources", new Dimension("one Terraform module, resources (1x: 750, 16x: 12,000)",
                (where, scale) -> UnitGenerator.terraformModule(where.resolve("module"), 150 * scale)));
        DIMENSIONS.put("policy-statements", new Dimension("one key policy, statements (1x: 200)",
                (where, scale) -> UnitGenerator.keyPolicyStatements(where.resolve("template.yaml"), 200 * scale)));
        DIMENSIONS.put("shared-key", new Dimension("one key used by N agents, each with a role (1x: 250)",
                (where, scale) -> UnitGenerator.sharedKey(where.resolve("template.yaml"), 250 * scale)));
        DIMENSIONS.put("files", new Dimension("small CloudFormation templates (1x: 250 files)",
                (where, scale) -> RepositoryShapes.templates(where, 250 * scale)));
        DIMENSIONS.put("roots", new Dimension("Terraform configurations calling one shared module (1x: 100 roots)",
                (where, scale) -> RepositoryShapes.roots(where, 100 * scale)));
        DIMENSIONS.put("module-depth", new Dimension("a chain of nested modules, 200 resources each (1x: 1 level, 16x: 15)",
                (where, scale) -> RepositoryShapes.moduleChain(where, Math.min(scale, 15))));
        DIMENSIONS.put("plan-count", new Dimension("one-line plan, count-indexed (1x: 1 MB)", plan(PlanGenerator.Shape.COUNT)));
        DIMENSIONS.put("plan-for_each", new Dimension("one-line plan, for_each-indexed (1x: 1 MB)",
                plan(PlanGenerator.Shape.FOR_EACH)));
        DIMENSIONS.put("plan-modules", new Dimension("one-line plan, a module call per tenant (1x: 1 MB)",
                plan(PlanGenerator.Shape.MODULES)));
    }

    private ScalingProbe() {
    }

    private static Input plan(PlanGenerator.Shape shape) {
        return (where, scale) -> {
            Path file = where.resolve("plan.json");
            Files.createDirectories(where);
            PlanGenerator.write(file, shape, PlanGenerator.tenantsFor(shape, 1024 * 1024) * scale);
            return file;
        };
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(System.getProperty("runs", "3"));
        List<String> formats = List.of(System.getProperty("formats", "json,sarif,text").split(","));
        List<String> names = args.length > 0 ? List.of(args) : new ArrayList<>(DIMENSIONS.keySet());
        if (SCALES.length < 2) {
            throw new IllegalArgumentException("scales: two or more, such as 1,4,16");
        }
        int last = SCALES.length - 1;
        System.out.printf(Locale.ROOT, "%d cores, %s; medians of %d runs %s; k = log(t%d/t%d)/log(%d/%d)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), runs,
                FRESH == null ? "in one JVM after a warm-up run" : "of " + FRESH + ", a fresh JVM each",
                SCALES[last], SCALES[last - 1], SCALES[last], SCALES[last - 1]);
        for (String name : names) {
            Dimension dimension = DIMENSIONS.get(name);
            if (dimension == null) {
                throw new IllegalArgumentException("no dimension " + name + "; there are " + DIMENSIONS.keySet());
            }
            Path[] inputs = new Path[SCALES.length];
            long[] bytes = new long[SCALES.length];
            for (int i = 0; i < SCALES.length; i++) {
                Path where = ROOT.resolve(name + "-" + SCALES[i] + "x");
                // Each input is a repository of its own, as what users scan is: a module's callers
                // are looked for in it, not in the whole of iac-lint's checkout around it.
                Files.createDirectories(where.resolve(".git"));
                inputs[i] = dimension.input().write(where, SCALES[i]);
                bytes[i] = size(inputs[i]);
            }
            for (String format : formats) {
                scan(inputs[0], format); // warm-up (in a fresh JVM: the page cache)
                double[][] seconds = new double[SCALES.length][];
                for (int i = 0; i < SCALES.length; i++) {
                    seconds[i] = median(inputs[i], format, runs);
                }
                StringBuilder wall = new StringBuilder();
                StringBuilder cpu = new StringBuilder();
                for (int i = 0; i < SCALES.length; i++) {
                    wall.append(String.format(Locale.ROOT, "%dx %5.2f s ", SCALES[i], seconds[i][0]));
                    cpu.append(String.format(Locale.ROOT, "%dx %5.2f s ", SCALES[i], seconds[i][1]));
                }
                System.out.printf(Locale.ROOT, "%-24s %-5s wall %sk = %.2f; CPU %sk = %.2f (%dx: %.1f MB) -- %s%n",
                        name, format, wall, k(seconds, 0), cpu, k(seconds, 1), SCALES[last],
                        bytes[last] / 1048576.0, dimension.description());
            }
        }
    }

    /** The exponent between the two largest scales. */
    private static double k(double[][] seconds, int measure) {
        int last = SCALES.length - 1;
        return Math.log(seconds[last][measure] / seconds[last - 1][measure])
                / Math.log((double) SCALES[last] / SCALES[last - 1]);
    }

    /** The medians of wall time and of the process's CPU time, in seconds. */
    private static double[] median(Path input, String format, int runs) throws IOException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            double freshCpu = scan(input, format);
            wall[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = FRESH == null ? (os.getProcessCpuTime() - cpuStart) / 1e9 : freshCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[runs / 2], cpu[runs / 2]};
    }

    /**
     * One scan through the command line; the report is written and thrown away.
     *
     * @return in a fresh JVM, its CPU time (user + system) in seconds; in this JVM, 0
     */
    private static double scan(Path input, String format) throws IOException {
        if (FRESH != null) {
            return scanFresh(input, format);
        }
        scanHere(input, format);
        return 0;
    }

    private static double scanFresh(Path input, String format) throws IOException {
        Path times = Files.createTempFile("scaling-probe", ".time");
        try {
            Process process = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(), FRESH,
                    "--no-config", "-f", format + ":/dev/null", input.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int code = process.waitFor();
            if (code != 0 && code != 1) {
                throw new IllegalStateException(FRESH + " on " + input + " exited " + code + ", not a figure");
            }
            // GNU time writes "Command exited with non-zero status 1" first when the exit is 1.
            List<String> lines = Files.readAllLines(times);
            String[] userSystem = lines.get(lines.size() - 1).trim().split("\\s+");
            return Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            Files.deleteIfExists(times);
        }
    }

    private static void scanHere(Path input, String format) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--no-config", "-f", format + ":/dev/null", input.toString()},
                new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
        if (code != 0 && code != 1) {
            throw new IllegalStateException("the scan of " + input + " exited " + code + ", not a figure: " + err);
        }
    }

    private static long size(Path input) throws IOException {
        try (var files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
