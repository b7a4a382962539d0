package dev.iaclint.cli;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.report.Problem;
import dev.iaclint.report.Status;
import dev.iaclint.scan.FileDiscovery;
import dev.iaclint.scan.ScanResult;
import dev.iaclint.scan.Scanner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iac-lint [PATH...]}: scan, report, and say by the exit code whether the change may pass. */
@Command(name = "iac-lint", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "Checks CloudFormation templates for Amazon Bedrock resources that are not encrypted "
                + "with customer-managed KMS keys.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no failing finding",
            "1:at least one failing finding",
            "2:an input could not be read or parsed, a policy is invalid, or the command line is wrong"})
public final class ScanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to scan, walked recursively (default: the current directory).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--policy-dir", paramLabel = "DIR",
            description = "Also load the policy files (*.yaml) under DIR; may be repeated.")
    private List<Path> policyDirectories = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Also list the files that were skipped, and why.")
    private boolean verbose;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files scanned in parallel (default: the number of processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    boolean debug() {
        return debug;
    }

    @Override
    public Integer call() throws IOException {
        PolicySet policies = PolicySet.load(true, policyDirectories);
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        FileDiscovery.Found found = new FileDiscovery(Path.of("")).discover(roots);
        ScanResult scanned = new Scanner(KindTable.builtIn(), policies.policies(), threads).scan(found.files());

        List<Problem> problems = new ArrayList<>();
        policies.problems().forEach(p -> problems.add(new Problem(p.location(), p.getMessage())));
        found.missing().forEach(missing -> problems.add(new Problem(
                dev.iaclint.model.Location.file(missing), "no such file or directory, or it cannot be read")));
        problems.addAll(scanned.problems());
        ScanResult result = new ScanResult(scanned.scanned(), scanned.skipped(), scanned.findings(), problems);

        write(result);
        return exitCode(result);
    }

    private void write(ScanResult result) throws IOException {
        if (output == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            format.renderer(verbose, Version.current()).render(result, stdout);
            stdout.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
            format.renderer(verbose, Version.current()).render(result, out);
        }
    }

    static int exitCode(ScanResult result) {
        if (!result.problems().isEmpty()) {
            return ExitCode.ERROR;
        }
        boolean failed = result.findings().stream().anyMatch(f -> f.status() == Status.FAIL);
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
