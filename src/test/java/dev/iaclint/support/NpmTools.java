package dev.iaclint.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where the build installed the npm test oracles (src/test/npm, by {@code npm ci} in generate-test-resources). */
public final class NpmTools {

    public static final Path ROOT = Path.of("src/test/npm/node_modules");

    private NpmTools() {
    }

    /** Microsoft's SARIF validator, a self-contained .NET program shipped inside the npm package. */
    public static Path sarifMultitool() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String platform = os.contains("mac") ? "darwin" : os.contains("win") ? "win32" : "linux";
        Path tool = ROOT.resolve("@microsoft/sarif-multitool-" + platform)
                .resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        assertTrue(Files.isRegularFile(tool), tool + " is missing: run the tests with Maven (mvn -B test), "
                + "which installs the test oracles with npm ci");
        // npm 11 no longer runs the package's postinstall chmod unless approved; make sure it can run.
        tool.toFile().setExecutable(true);
        return tool;
    }
}
