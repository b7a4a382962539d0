package dev.iaclint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Json;
import dev.iaclint.support.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image runs iac-lint on a runtime jlink makes from the Containerfile's
 * JAVA_MODULES. This builds that runtime with this JDK's jlink and scans with it, in every report
 * format: the report equals the one of a full JDK, so no module iac-lint needs is left out.
 * (Building the image itself needs a container registry, which CI's release job has.)
 */
class ContainerRuntimeTest {

    @TempDir
    Path work;

    @Test
    void theContainersJavaModulesRunEveryReportFormat() throws Exception {
        Matcher modules = Pattern.compile("(?m)^ARG JAVA_MODULES=(\\S+)$").matcher(Files.readString(Path.of("Containerfile")));
        assertTrue(modules.find(), "the Containerfile names its modules in ARG JAVA_MODULES");
        Path jdk = Path.of(System.getProperty("java.home"));
        Path runtime = work.resolve("runtime");
        new Shell(work).ok(jdk.resolve("bin/jlink").toString(), "--add-modules", modules.group(1), "--strip-debug",
                "--no-man-pages", "--no-header-files", "--output", runtime.toString());

        // Run from the project folder, as the in-process run below, so both name the files alike.
        Shell.Result run = new Shell(Path.of("").toAbsolutePath()).run(runtime.resolve("bin/java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.iaclint.cli.Main", "-f", "json:" + work.resolve("report.json"),
                "-f", "sarif:" + work.resolve("report.sarif"), "-f", "junit:" + work.resolve("report.xml"),
                "-f", "gitlab:" + work.resolve("quality.json"), "-f", "github", "-f", "text:" + work.resolve("report.txt"),
                "examples");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.output());
        assertFalse(run.output().contains("internal error"), run.output());

        CliRun fullJdk = CliRun.allRules("-f", "json", "examples");
        List<?> expected = (List<?>) Json.parse(fullJdk.out()).get("findings");
        List<?> actual = (List<?>) Json.parse(Files.readString(work.resolve("report.json"))).get("findings");
        assertEquals(expected, actual);
        for (String report : List.of("report.sarif", "report.xml", "quality.json")) {
            assertTrue(Files.size(work.resolve(report)) > 0, report);
        }
    }
}
