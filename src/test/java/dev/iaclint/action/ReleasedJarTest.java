package dev.iaclint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Shell;
import dev.iaclint.support.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action/released-jar.sh: a release tag runs its released jar, checked; other refs build. */
class ReleasedJarTest {

    private static final Path SCRIPT = Path.of("action/released-jar.sh").toAbsolutePath();

    @TempDir
    Path work;

    private Path releases;

    @BeforeEach
    void aReleaseWithItsChecksum() throws Exception {
        releases = work.resolve("releases");
        Path release = TestFiles.write(releases, "v1.2.3/iac-lint-1.2.3.jar", "the released jar\n");
        String sum = new Shell(release.getParent()).ok("sha256sum", "iac-lint-1.2.3.jar");
        Files.writeString(release.resolveSibling("iac-lint-1.2.3.jar.sha256"), sum);
    }

    private Shell.Result run(String ref) throws Exception {
        return new Shell(work).with("REF", ref).with("REPOSITORY", "owner/iac-lint")
                .with("RELEASES_URL", "file://" + releases).with("RUNNER_TOOL_CACHE", work.resolve("cache").toString())
                .with("GITHUB_OUTPUT", work.resolve("output").toString()).run("bash", SCRIPT.toString());
    }

    private String output() throws Exception {
        Path output = work.resolve("output");
        return Files.exists(output) ? Files.readString(output) : "";
    }

    @Test
    void aReleaseTagDownloadsTheJarChecksItAndNamesIt() throws Exception {
        Shell.Result run = run("v1.2.3");
        assertEquals(0, run.exitCode(), run.output());
        Path cached = work.resolve("cache/iac-lint/1.2.3/iac-lint-1.2.3.jar");
        assertEquals("jar=" + cached + "\n", output());
        assertEquals("the released jar\n", Files.readString(cached));
    }

    @Test
    void aJarThatDoesNotMatchItsChecksumIsNeverRun() throws Exception {
        Files.writeString(releases.resolve("v1.2.3/iac-lint-1.2.3.jar"), "a tampered jar\n");
        Shell.Result run = run("v1.2.3");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("does not match its released SHA-256"), run.output());
        assertEquals("", output());
    }

    @Test
    void aBranchOrATagWithoutAReleaseBuildsFromSource() throws Exception {
        Shell.Result branch = run("main");
        assertEquals(0, branch.exitCode(), branch.output());
        assertTrue(branch.output().contains("not a release tag"), branch.output());
        Shell.Result unreleased = run("v9.9.9");
        assertEquals(0, unreleased.exitCode(), unreleased.output());
        assertTrue(unreleased.output().contains("no released jar"), unreleased.output());
        assertEquals("", output());
    }
}
