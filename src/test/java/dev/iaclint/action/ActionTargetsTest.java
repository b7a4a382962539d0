package dev.iaclint.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.Shell;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's choice of what to scan (action/targets.sh), run by bash over throwaway git
 * repositories the way a pull request's job sees them: an origin with a base branch, a pull
 * request branch, and a shallow checkout of it, as actions/checkout makes by default.
 */
class ActionTargetsTest {

    private static final Path SCRIPT = Path.of("action/targets.sh").toAbsolutePath();
    private static final String VIOLATING_AGENT = """
            Resources:
              Agent:
                Type: AWS::Bedrock::Agent
                Properties:
                  AgentName: support
            """;

    @TempDir
    Path work;

    private Path author;
    private Shell shell;

    @BeforeEach
    void originWithABaseBranch() throws Exception {
        shell = new Shell(work);
        shell.ok("git", "init", "-q", "--bare", "-b", "main", "origin.git");
        author = work.resolve("author");
        shell.ok("git", "clone", "-q", origin(), author.toString());
        TestFiles.write(author, "README.md", "infrastructure\n");
        TestFiles.write(author, "infra/clean.yaml", "Resources: {}\n");
        commit("base");
        shell.in(author).ok("git", "push", "-q", "origin", "HEAD:main");
        shell.in(author).ok("git", "checkout", "-q", "-b", "pr");
    }

    private String origin() {
        return "file://" + work.resolve("origin.git");
    }

    private void commit(String message) throws Exception {
        shell.in(author).ok("git", "add", "-A");
        shell.in(author).ok("git", "commit", "-q", "--allow-empty", "-m", message);
    }

    /** Pushes the pull request branch and checks it out shallow, as actions/checkout does. */
    private Path shallowCheckout() throws Exception {
        shell.in(author).ok("git", "push", "-q", "-f", "origin", "HEAD:pr");
        Path checkout = work.resolve("checkout");
        shell.ok("git", "clone", "-q", "--depth", "1", "--branch", "pr", origin(), checkout.toString());
        assertEquals("true", shell.in(checkout).ok("git", "rev-parse", "--is-shallow-repository").strip());
        return checkout;
    }

    private record Targets(List<String> paths, String output) {
    }

    private Targets targets(Path checkout, String paths, String baseRef) throws Exception {
        Path file = work.resolve("targets");
        Shell.Result result = shell.in(checkout).with("PATHS", paths).with("CHANGED_ONLY", "true")
                .with("BASE_REF", baseRef).with("TARGETS_FILE", file.toString()).run("bash", SCRIPT.toString());
        assertEquals(0, result.exitCode(), result.output());
        String written = Files.readString(file);
        List<String> list = written.isEmpty() ? List.of() : Arrays.asList(written.split("\0"));
        return new Targets(list, result.output());
    }

    @Test
    void aShallowCheckoutIsDeepenedToItsMergeBaseAndOnlyTheChangeIsScanned() throws Exception {
        for (int i = 0; i < 3; i++) {
            TestFiles.write(author, "notes.md", "change " + i + "\n");
            commit("unrelated " + i);
        }
        TestFiles.write(author, "infra/new agent.yaml", VIOLATING_AGENT);
        commit("an agent, in a file whose name has a space");
        Path checkout = shallowCheckout();

        Targets targets = targets(checkout, ".", "main");
        assertEquals(List.of("infra/new agent.yaml"), targets.paths(), targets.output());

        // The real check, on what the script chose.
        CliRun run = CliRun.of("--", checkout.resolve(targets.paths().get(0)).toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("BEDROCK-001"), run.out());
    }

    @Test
    void aChangeWithNoInfrastructureFileScansNothingAndSaysSo() throws Exception {
        TestFiles.write(author, "README.md", "more words\n");
        commit("docs");
        Targets targets = targets(shallowCheckout(), ".", "main");
        assertEquals(List.of(), targets.paths());
        assertTrue(targets.output().contains("No infrastructure file changed under ."), targets.output());
    }

    @Test
    void changesOutsideThePathsAreLeftOutAndVariableFilesRecheckTheirFolder() throws Exception {
        TestFiles.write(author, "infra/prod/terraform.tfvars", "key = null\n");
        TestFiles.write(author, "infra/prod/main.tf.json", "{}\n");
        TestFiles.write(author, "other/agent.yaml", VIOLATING_AGENT);
        commit("variables, a JSON configuration, and a template outside the scanned paths");
        Targets targets = targets(shallowCheckout(), "infra\nsomewhere else", "main");
        assertEquals(List.of("infra/prod/main.tf.json", "infra/prod"), targets.paths(), targets.output());
    }

    @Test
    void aChangedModuleFileIsCheckedThroughTheConfigurationThatCallsIt() throws Exception {
        TestFiles.write(author, "live/main.tf", """
                provider "aws" {
                  region = "us-east-1"
                }
                module "kb" {
                  source = "../modules/agent"
                  key    = null
                }
                """);
        TestFiles.write(author, "modules/agent/main.tf", """
                variable "key" {
                  default = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                }
                """);
        commit("a configuration and its module");
        shell.in(author).ok("git", "push", "-q", "origin", "HEAD:main");
        Files.writeString(author.resolve("modules/agent/main.tf"), """
                variable "key" {
                  default = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                }
                resource "aws_bedrockagent_agent" "a" {
                  customer_encryption_key_arn = var.key
                }
                """);
        commit("the module gains an agent");
        Path checkout = shallowCheckout();
        Targets targets = targets(checkout, ".", "main");
        assertEquals(List.of("modules/agent/main.tf"), targets.paths(), targets.output());

        // The caller passes null: the full scan's verdict, not the module default's.
        CliRun run = CliRun.of("-f", "json", "--", checkout.resolve(targets.paths().get(0)).toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
        assertTrue(run.findings().stream().anyMatch(f -> "fail".equals(f.get("status"))
                && String.valueOf(f.get("file")).endsWith("modules/agent/main.tf")), run.out());
    }

    @Test
    void withoutAMergeBaseEveryPathIsScannedWithANotice() throws Exception {
        shell.in(author).ok("git", "checkout", "-q", "--orphan", "unrelated");
        TestFiles.write(author, "infra/agent.yaml", VIOLATING_AGENT);
        commit("a history of its own");
        Targets targets = targets(shallowCheckout(), "infra", "main");
        assertEquals(List.of("infra"), targets.paths(), targets.output());
        assertTrue(targets.output().contains("no merge base with origin/main"), targets.output());
    }

    @Test
    void outsideAPullRequestThePathsAreScannedAsGivenOneALine() throws Exception {
        Targets targets = targets(shallowCheckout(), "infra\nmy templates\n", "");
        assertEquals(new ArrayList<>(List.of("infra", "my templates")), targets.paths(), targets.output());
    }
}
