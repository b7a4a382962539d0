package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Shell;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/iac-lint, run by bash in a throwaway copy of a clone, with stand-ins for java, javac and
 * mvn on a PATH that holds nothing else: what it says when a tool is missing, when it builds,
 * that two first runs at once build once, and which JVM options it chooses for the work.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin/iac-lint").toAbsolutePath();
    private static final List<String> TOOLS = List.of("bash", "dirname", "readlink", "find", "sort", "xargs",
            "sha256sum", "cut", "cat", "touch", "mkdir", "flock", "sleep", "du", "tail");

    @TempDir
    Path work;

    private Path clone;
    private Path tools;

    @BeforeEach
    void aCloneAndAPathOfBasicTools() throws IOException {
        clone = work.resolve("clone");
        TestFiles.write(clone, "pom.xml", "<project/>\n");
        TestFiles.write(clone, "src/main/java/A.java", "class A {}\n");
        TestFiles.write(clone, "policies/p.yaml", "id: P\n");
        Files.createDirectories(clone.resolve("bin"));
        Files.copy(LAUNCHER, clone.resolve("bin/iac-lint"), StandardCopyOption.COPY_ATTRIBUTES);
        tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool));
        }
    }

    private void stub(String name, String body) throws IOException {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/usr/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** java prints what it runs; mvn counts its builds and makes the jar, slowly enough to overlap. */
    private void javaAndMaven() throws IOException {
        stub("java", "echo \"java $*\"");
        stub("javac", "exit 0");
        stub("mvn", "echo build >> \"" + work.resolve("builds") + "\"; sleep 0.5; mkdir -p target; echo jar > target/iac-lint.jar");
    }

    private Shell.Result launch(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "/usr/bin/bash";
        command[1] = clone.resolve("bin/iac-lint").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        return new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "").run(command);
    }

    private long builds() throws IOException {
        Path builds = work.resolve("builds");
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    @Test
    void withoutJavaItSaysSoAndExits2() throws Exception {
        Shell.Result run = launch("--version");
        assertEquals(ExitCode.ERROR, run.exitCode(), run.output());
        assertTrue(run.output().contains("no Java found") && run.output().contains("Java 17 or later"), run.output());
    }

    @Test
    void withoutMavenOrACompilerItNamesWhatIsMissingAndTheReleasedJar() throws Exception {
        stub("java", "echo \"java $*\"");
        Shell.Result run = launch("--version");
        assertEquals(ExitCode.ERROR, run.exitCode(), run.output());
        assertTrue(run.output().contains("needs Maven (mvn) and a JDK 17+ with javac"), run.output());
        assertTrue(run.output().contains("IAC_LINT_JAR=iac-lint-<version>.jar"), run.output());
        assertFalse(run.output().contains("No compiler is provided"), run.output());
    }

    @Test
    void aReleasedJarRunsWithoutBuilding() throws Exception {
        javaAndMaven();
        Path released = TestFiles.write(work, "iac-lint-1.2.3.jar", "jar\n");
        Shell.Result run = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .with("IAC_LINT_JAR", released.toString()).run("/usr/bin/bash", clone.resolve("bin/iac-lint").toString(), "x.yaml");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("-jar " + released + " x.yaml"), run.output());
        assertEquals(0, builds());
    }

    @Test
    void aLinkToTheLauncherAndARelativePathBothFindTheClone() throws Exception {
        javaAndMaven();
        Path onPath = Files.createDirectories(work.resolve("on-path"));
        Files.createSymbolicLink(onPath.resolve("iac-lint"), clone.resolve("bin/iac-lint"));
        Shell.Result linked = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .run("/usr/bin/bash", onPath.resolve("iac-lint").toString(), "x.yaml");
        assertEquals(0, linked.exitCode(), linked.output());
        assertTrue(linked.output().contains("-jar " + clone.toRealPath().resolve("target/iac-lint.jar") + " x.yaml"),
                linked.output());

        Shell.Result relative = new Shell(clone).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .run("/usr/bin/bash", "bin/iac-lint", "x.yaml");
        assertEquals(0, relative.exitCode(), relative.output());
        assertTrue(relative.output().contains("-jar " + clone.toRealPath().resolve("target/iac-lint.jar") + " x.yaml"),
                relative.output());
        assertEquals(1, builds());
    }

    @Test
    void itRebuildsWhenASourceChangesItsContentNotItsTime() throws Exception {
        javaAndMaven();
        assertEquals(0, launch("a.yaml").exitCode());
        assertEquals(1, builds());
        assertEquals(0, launch("a.yaml").exitCode());
        assertEquals(1, builds(), "an up-to-date jar is not rebuilt");

        Path source = clone.resolve("src/main/java/A.java");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Shell.Result touched = launch("a.yaml");
        assertEquals(0, touched.exitCode(), touched.output());
        assertEquals(1, builds(), "a newer file with the same content (a checkout, a pull) is not a change");

        Files.writeString(source, "class A { int changed; }\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(120)));
        Shell.Result changed = launch("a.yaml");
        assertTrue(changed.output().contains("building"), changed.output());
        assertEquals(2, builds());
    }

    @Test
    void twoFirstRunsAtOnceBuildOnceAndBothRun() throws Exception {
        javaAndMaven();
        CompletableFuture<Shell.Result> first = CompletableFuture.supplyAsync(this::launchQuietly);
        CompletableFuture<Shell.Result> second = CompletableFuture.supplyAsync(this::launchQuietly);
        for (Shell.Result run : List.of(first.join(), second.join())) {
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("-jar " + clone.resolve("target/iac-lint.jar")), run.output());
        }
        assertEquals(1, builds());
    }

    @Test
    void aFewSmallFilesRunOnC1AndTheSerialCollectorWithTheDefaultHeapAndNoPerfData() throws Exception {
        javaAndMaven();
        TestFiles.write(work, "a.yaml", "Resources: {}\n");
        TestFiles.write(work, "b.tf", "locals {}\n");
        Shell.Result run = launch("a.yaml", "--fail-on", "high", "b.tf");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "), run.output());
        assertFalse(run.output().contains("InitialRAMPercentage"), run.output());
    }

    @Test
    void inputsOf8MbOrMoreStartWithAbout1GbOfHeapAndTheUsersOptionsStillWin() throws Exception {
        javaAndMaven();
        Path plan = work.resolve("plan.json");
        Files.write(plan, new byte[9 * 1024 * 1024]);
        Shell.Result run = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .with("IAC_LINT_JAVA_OPTS", "-XX:InitialRAMPercentage=1 -XX:TieredStopAtLevel=4")
                .run("/usr/bin/bash", clone.resolve("bin/iac-lint").toString(), "-f", "json", "plan.json");
        assertEquals(0, run.exitCode(), run.output());
        Matcher percent = Pattern.compile("-XX:InitialRAMPercentage=([0-9.]+) ").matcher(run.output());
        assertTrue(percent.find(), run.output());
        long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElseThrow();
        double heapMb = Double.parseDouble(percent.group(1)) / 100 * memoryKb / 1024;
        assertTrue(heapMb >= 1024 && heapMb < 1024 + memoryKb / 1024.0 / 1000, heapMb + " MB");
        assertTrue(run.output().indexOf("-XX:InitialRAMPercentage=1 -XX:TieredStopAtLevel=4")
                > run.output().indexOf("-XX:InitialRAMPercentage=" + percent.group(1)), "the user's options come last");
    }

    @Test
    void aFoldersGitHistoryIsNotCountedAsInput() throws Exception {
        javaAndMaven();
        TestFiles.write(work, "repo/main.tf", "locals {}\n");
        Path pack = work.resolve("repo/.git/objects/pack/big.pack");
        Files.createDirectories(pack.getParent());
        Files.write(pack, new byte[9 * 1024 * 1024]);
        Shell.Result run = launch("repo");
        assertEquals(0, run.exitCode(), run.output());
        assertFalse(run.output().contains("InitialRAMPercentage"), run.output());
    }

    @Test
    void theArchiveBesideTheJarIsUsedWhenItIsNewerAndMappedAtItsOwnAddress() throws Exception {
        javaAndMaven();
        Path released = TestFiles.write(work, "release/iac-lint.jar", "jar\n");
        Path archive = TestFiles.write(work, "release/iac-lint.jsa", "archive\n");
        Files.setLastModifiedTime(released, FileTime.from(Instant.now().minusSeconds(60)));
        Shell.Result run = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .with("IAC_LINT_JAR", released.toString()).run("/usr/bin/bash", clone.resolve("bin/iac-lint").toString());
        assertTrue(run.output().contains("-XX:SharedArchiveFile=" + archive + " -Xshare:auto -Xlog:cds=off "
                + "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -jar " + released), run.output());

        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(120)));
        Shell.Result stale = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", "")
                .with("IAC_LINT_JAR", released.toString()).run("/usr/bin/bash", clone.resolve("bin/iac-lint").toString());
        assertFalse(stale.output().contains("SharedArchiveFile"), "an archive older than its jar: " + stale.output());
    }

    @Test
    void theAheadOfTimeCacheIsUsedByAJdk25OrLaterAndTheArchiveByAnEarlierOne() throws Exception {
        Path released = TestFiles.write(work, "release/iac-lint.jar", "jar\n");
        Path archive = TestFiles.write(work, "release/iac-lint.jsa", "archive\n");
        Path cache = TestFiles.write(work, "release/iac-lint.aot", "cache\n");
        Files.setLastModifiedTime(released, FileTime.from(Instant.now().minusSeconds(60)));
        for (String version : List.of("25.0.1", "26-ea", "17.0.15", "21.0.5+11")) {
            Path home = Files.createDirectories(work.resolve("jdk-" + version));
            TestFiles.write(home, "release", "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
            Path java = TestFiles.write(home, "bin/java", "#!/usr/bin/bash\necho \"java $*\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            Shell.Result run = new Shell(work).with("PATH", tools.toString()).with("JAVA_HOME", home.toString())
                    .with("IAC_LINT_JAR", released.toString()).run("/usr/bin/bash", clone.resolve("bin/iac-lint").toString());
            assertEquals(0, run.exitCode(), run.output());
            if (Integer.parseInt(version.split("[.+-]")[0]) >= 25) {
                assertTrue(run.output().contains("-XX:AOTCache=" + cache + " -Xlog:aot=off -Xlog:cds=off -jar " + released),
                        version + ": " + run.output());
                assertFalse(run.output().contains("SharedArchiveFile"), version + ": " + run.output());
            } else {
                assertTrue(run.output().contains("-XX:SharedArchiveFile=" + archive), version + ": " + run.output());
                assertFalse(run.output().contains("AOTCache"), version + ": " + run.output());
            }
        }
    }

    private Shell.Result launchQuietly() {
        try {
            return launch("a.yaml");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
