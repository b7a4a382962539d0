package dev.iaclint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Shell;
import dev.iaclint.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The action's scan step (action.yml, step "scan"), run by bash as a runner runs it, on the
 * targets action/targets.sh writes, with a bin/iac-lint that runs this build's classes: a real
 * template check, iac-lint's exit code as the step output, and each finding annotated once,
 * by the SARIF upload or by workflow commands, never both.
 */
class ActionScanStepTest {

    @TempDir
    Path work;

    private Path checkout;
    private Path actionPath;

    @BeforeEach
    void aCheckoutWithAnAgentWithoutACustomerManagedKey() throws Exception {
        checkout = work.resolve("checkout");
        TestFiles.write(checkout, "infra/new agent.yaml", """
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: support
                """);
        Files.writeString(work.resolve("targets"), "infra/new agent.yaml\0");
        // The action's folder, whose bin/iac-lint runs the classes this build compiled.
        actionPath = work.resolve("action");
        Path launcher = TestFiles.write(actionPath, "bin/iac-lint", "#!/usr/bin/env bash\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.iaclint.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String scanStep() throws Exception {
        Map<?, ?> action = new Yaml().load(Files.readString(Path.of("action.yml"), StandardCharsets.UTF_8));
        List<?> steps = (List<?>) ((Map<?, ?>) action.get("runs")).get("steps");
        return steps.stream().map(Map.class::cast).filter(step -> "scan".equals(step.get("id")))
                .map(step -> (String) step.get("run")).findFirst().orElseThrow();
    }

    private Shell.Result scan(String uploadSarif) throws Exception {
        return new Shell(checkout).with("GITHUB_ACTION_PATH", actionPath.toString())
                .with("TARGETS_FILE", work.resolve("targets").toString()).with("FAIL_ON", "high")
                .with("SARIF", "iac-lint.sarif").with("UPLOAD_SARIF", uploadSarif).with("ARGS", "--no-config")
                .with("GITHUB_OUTPUT", work.resolve("output").toString())
                .with("RUNNER_TEMP", work.toString())
                // as a runner runs a `shell: bash` step
                .run("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", scanStep());
    }

    @Test
    void withTheSarifUploadTheFindingIsInTheSarifAndNotAnnotatedByTheLog() throws Exception {
        Shell.Result run = scan("true");
        assertEquals(0, run.exitCode(), "the step passes; the action's last step fails the job: " + run.output());
        assertEquals("exit-code=1\n", Files.readString(work.resolve("output")));
        assertTrue(run.output().contains("BEDROCK-001"), run.output());
        assertFalse(run.output().contains("::error"), "no workflow-command annotation beside the SARIF upload: " + run.output());
        String sarif = Files.readString(checkout.resolve("iac-lint.sarif"));
        assertTrue(sarif.contains("\"ruleId\" : \"BEDROCK-001\"") && sarif.contains("new%20agent.yaml"), sarif);
    }

    @Test
    void withoutTheSarifUploadTheFindingIsAnnotatedByAWorkflowCommand() throws Exception {
        Shell.Result run = scan("false");
        assertEquals(0, run.exitCode(), run.output());
        assertEquals("exit-code=1\n", Files.readString(work.resolve("output")));
        assertTrue(run.output().contains("::error file=infra/new agent.yaml,line=2,"), run.output());
        assertTrue(run.output().contains("2 failed (1 at or above high)"), "the text report follows in the log: " + run.output());
    }
}
