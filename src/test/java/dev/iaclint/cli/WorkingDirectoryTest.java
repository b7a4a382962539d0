package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Agents;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same repository gives the same verdict from whatever folder iac-lint runs: the baseline's
 * fingerprints and paths are named from the repository root, the configuration's globs from its
 * folder. Runs in a process of its own, since only a process has a working directory.
 */
class WorkingDirectoryTest {

    @TempDir
    Path repo;

    /** With a git checkout, paths are named from its top level; without one, from the baseline's folder. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aBaselineRecordedAtTheRootHoldsWhenRunFromASubfolder(boolean git) throws Exception {
        if (git) {
            Files.createDirectories(repo.resolve(".git"));
        }
        TestFiles.write(repo, ".iac-lint.yaml", """
                exclude: ["tf/generated/**"]
                ignore:
                  - rule: BEDROCK-001
                    paths: ["tf/legacy/**"]
                    reason: retired in Q3
                """);
        TestFiles.write(repo, "tf/main.tf", Agents.TERRAFORM_NO_KEY);
        TestFiles.write(repo, "tf/legacy/main.tf", Agents.TERRAFORM_NO_KEY);
        TestFiles.write(repo, "tf/generated/main.tf", Agents.TERRAFORM_NO_KEY);

        Run recorded = run(repo, "--create-baseline", ".iac-lint-baseline.json", "-f", "json", ".");
        assertEquals(1, recorded.exitCode(), recorded.err());
        assertEquals(List.of("tf/legacy/main.tf", "tf/main.tf"), files(recorded));
        String baseline = Files.readString(repo.resolve(".iac-lint-baseline.json"));
        assertTrue(baseline.contains("\"file\" : \"tf/main.tf\""), baseline);

        Run fromSubfolder = run(repo.resolve("tf"), "--baseline", "../.iac-lint-baseline.json", "-f", "json", ".");
        assertEquals(0, fromSubfolder.exitCode(), fromSubfolder.err() + fromSubfolder.out());
        assertEquals(List.of("legacy/main.tf", "main.tf"), files(fromSubfolder), "generated/ stays excluded");
        assertEquals(List.of("config", "baseline"), suppressions(fromSubfolder));
        assertEquals("", fromSubfolder.err());

        Run fromElsewhere = run(repo.resolve("tf/legacy"), "--baseline", "../../.iac-lint-baseline.json", "-f", "json",
                "..");
        assertEquals(0, fromElsewhere.exitCode(), fromElsewhere.err() + fromElsewhere.out());
        assertEquals(List.of(repo.resolve("tf/main.tf").toString(), "main.tf"), files(fromElsewhere),
                "outside the working directory, a file is named by its absolute path");
        assertEquals(List.of("baseline", "config"), suppressions(fromElsewhere));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anEntryNoFindingMatchesIsStaleAWarningAndACountNotAFailure(boolean git) throws Exception {
        if (git) {
            Files.createDirectories(repo.resolve(".git"));
        }
        TestFiles.write(repo, "tf/main.tf", Agents.TERRAFORM_NO_KEY);
        TestFiles.write(repo, "other/main.tf", Agents.TERRAFORM_NO_KEY);
        assertEquals(1, run(repo, "--create-baseline", "baseline.json", ".").exitCode());
        TestFiles.write(repo, "tf/main.tf", Agents.TERRAFORM_OWN_KEY);

        Run fixed = run(repo.resolve("tf"), "--baseline", "../baseline.json", ".");
        assertEquals(0, fixed.exitCode(), fixed.err() + fixed.out());
        assertEquals("iac-lint: warning: 1 entry of the baseline ../baseline.json matches no finding (fixed, or the line "
                + "changed); refresh it with --baseline ../baseline.json --create-baseline ../baseline.json\n",
                fixed.err(), "other/ was not scanned: its entry is not stale");
        assertTrue(fixed.out().contains("0 failed, 0 unknown, 0 suppressed, 0 errors in 1 file scanned (0 skipped); "
                + "1 baseline entry matches no finding\n"), fixed.out());

        Run json = run(repo, "--baseline", "baseline.json", "-f", "json", ".");
        assertEquals(0, json.exitCode());
        assertEquals(1, ((Map<?, ?>) Json.parse(json.out()).get("summary")).get("staleBaselineEntries"));

        Run refreshed = run(repo, "--baseline", "baseline.json", "--create-baseline", "baseline.json", ".");
        assertEquals(0, refreshed.exitCode(), "other/'s finding is still in the baseline");
        assertEquals("", refreshed.err(), "refreshing in place drops the stale entry: no advice to refresh");
        Run afterwards = run(repo, "--baseline", "baseline.json", ".");
        assertEquals(0, afterwards.exitCode());
        assertEquals("", afterwards.err());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.iaclint.cli.Main", "--rule", "BEDROCK-001"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("iac-lint-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("CI");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes());
            return new Run(process.waitFor(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    private static List<String> files(Run run) {
        return new CliRun(run.exitCode(), run.out(), run.err()).findings().stream()
                .map(f -> (String) f.get("file")).toList();
    }

    private static List<String> suppressions(Run run) {
        return new CliRun(run.exitCode(), run.out(), run.err()).findings().stream()
                .map(f -> String.valueOf(((Map<?, ?>) f.get("suppression")).get("kind"))).toList();
    }
}
