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
 * writes inputs of 1x, 4x and 16x its base size, runs the command line in this JVM (after one
 * warm-up run at 1x) for each report format, and prints the median wall time of RUNS runs and
 * the exponent k = log(t16 / t4) / log(4): 1.0 is linear, 2.0 quadratic. The step from 4x to 16x
 * is the one reported because at 1x the JIT compilers are still at work. The process's CPU time
 * (all threads: scan, GC, JIT) and its k are printed too: on a shared machine wall time follows
 * the load of the other processes, CPU time much less.
 * <p>
 * A run that exits 2 (an input or policy error) is an error, never a figure: the probe stops.
 * Usage: {@code ScalingProbe [DIMENSION...]}, properties {@code runs} (default 3) and
 * {@code formats} (default {@code json,sarif,text}). Not a test: bench/scaling.sh runs it.
 */
public final class ScalingProbe {

    private static final Path ROOT = Path.of("target/bench/scaling");
    private static final int[] SCALES = {1, 4, 16};

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
        System.out.printf(Locale.ROOT, "%d cores, %s; medians of %d runs in one JVM after a warm-up run; "
                + "k = log(t16/t4)/log(4)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), runs);
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
                scan(inputs[0], format); // warm-up
                double[][] seconds = new double[SCALES.length][];
                for (int i = 0; i < SCALES.length; i++) {
                    seconds[i] = median(inputs[i], format, runs);
                }
                System.out.printf(Locale.ROOT, "%-24s %-5s wall 1x %5.2f s 4x %5.2f s 16x %5.2f s k = %.2f;"
                                + " CPU 1x %5.2f s 4x %5.2f s 16x %5.2f s k = %.2f (16x: %.1f MB) -- %s%n",
                        name, format, seconds[0][0], seconds[1][0], seconds[2][0], k(seconds, 0),
                        seconds[0][1], seconds[1][1], seconds[2][1], k(seconds, 1), bytes[2] / 1048576.0,
                        dimension.description());
            }
        }
    }

    private static double k(double[][] seconds, int measure) {
        return Math.log(seconds[2][measure] / seconds[1][measure]) / Math.log(4);
    }

    /** The medians of wall time and of the process's CPU time, in seconds. */
    private static double[] median(Path input, String format, int runs) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            scan(input, format);
            wall[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (os.getProcessCpuTime() - cpuStart) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[runs / 2], cpu[runs / 2]};
    }

    /** One scan through the command line; the report is written and thrown away. */
    private static void scan(Path input, String format) {
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
