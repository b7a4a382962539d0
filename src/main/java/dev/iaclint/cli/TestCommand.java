package dev.iaclint.cli;

import dev.iaclint.kinds.KindTable;
import dev.iaclint.policy.Policy;
import dev.iaclint.policy.PolicySet;
import dev.iaclint.policytest.FixtureRunner;
import dev.iaclint.scan.FileDiscovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iac-lint test [DIR]}: runs a policy directory's fixtures, the way the shipped policies
 * are tested, prints a line per fixture, and exits 1 on any mismatch.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the fixtures of a policy directory: DIR/testdata/<POLICY-ID>/ holds templates, "
                + "Terraform folders and plans whose '# expect: ID' comments (or NAME.json.expect files) say "
                + "which findings they must produce. Exits 0 when all match, 1 on a mismatch, 2 on an error.")
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", defaultValue = ".", description = "The policy directory (default: .).")
    private Path directory;

    @Option(names = "--fixtures", paramLabel = "DIR",
            description = "Where the fixtures are, instead of DIR/" + PolicySet.FIXTURES + ".")
    private Path fixtures;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The directory's policies, and the shipped ones it does not redefine (fixtures may name them).
        PolicySet set = PolicySet.load(false, List.of(directory));
        set.problems().forEach(p -> err.println("iac-lint: " + p.location() + ": " + p.getMessage()));
        Set<String> own = new TreeSet<>(set.policies().stream().map(Policy::id).toList());
        List<Policy> policies = new ArrayList<>(set.policies());
        PolicySet.load(true, List.of()).policies().stream().filter(p -> !own.contains(p.id())).forEach(policies::add);
        Path root = fixtures != null ? fixtures : directory.resolve(PolicySet.FIXTURES);
        if (!Files.isDirectory(root)) {
            err.println("iac-lint: no fixtures: " + root + " is not a folder");
            return ExitCode.ERROR;
        }
        if (!set.problems().isEmpty()) {
            return ExitCode.ERROR;
        }
        FileDiscovery discovery = new FileDiscovery(Path.of(""));
        FixtureRunner runner = new FixtureRunner(root,
                FixtureRunner.pipelines(policies, KindTable.builtIn(), discovery), discovery);
        Set<String> known = new TreeSet<>(policies.stream().map(Policy::id).toList());
        Set<String> tested = new TreeSet<>();
        int failed = 0;
        List<Path> all = runner.fixtures();
        for (Path fixture : all) {
            String policy = runner.policyOf(fixture);
            tested.add(policy);
            FixtureRunner.Result result = known.contains(policy) ? runner.run(fixture)
                    : new FixtureRunner.Result(fixture, policy, List.of(), List.of(),
                            List.of("no policy has the id '" + policy + "' (the fixture's folder name)"));
            out.println((result.passed() ? "ok    " : "FAIL  ") + discovery.display(fixture));
            result.problems().forEach(p -> out.println("        error: " + p));
            result.missing().forEach(m -> out.println("        expected, not found: " + m));
            result.unexpected().forEach(u -> out.println("        found, not expected: " + u));
            failed += result.passed() ? 0 : 1;
        }
        for (Policy policy : set.policies()) {
            if (!tested.contains(policy.id())) {
                out.println("note  " + policy.id() + " (" + policy.source() + ") has no fixtures");
            }
        }
        out.println();
        out.println(all.size() + " fixture" + (all.size() == 1 ? "" : "s") + ", " + failed + " failed");
        if (all.isEmpty()) {
            return ExitCode.ERROR;
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
