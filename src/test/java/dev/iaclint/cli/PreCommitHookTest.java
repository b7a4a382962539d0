package dev.iaclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook as users install it: the real pre-commit (Debian's package; .ci/run installs it) runs
 * this repository's .pre-commit-hooks.yaml with try-repo in a throwaway git repository. It blocks
 * a commit that adds an agent without a customer-managed key and lets a clean one through.
 */
class PreCommitHookTest {

    private static final Path WORKING_TREE = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    /** git and pre-commit as a user runs them; the user's HOME kept, for the Maven build the hook starts. */
    private Shell.Result run(Path directory, String... command) throws IOException, InterruptedException {
        return new Shell(directory).with("PRE_COMMIT_HOME", work.resolve("pre-commit-home").toString())
                .with("HOME", System.getProperty("user.home")).run(command);
    }

    @Test
    void blocksACommitThatAddsAnAgentWithoutACustomerManagedKey() throws Exception {
        Shell.Result version = run(work, "pre-commit", "--version");
        assertEquals(0, version.exitCode(), "pre-commit is missing: 'apt-get install pre-commit' (.ci/run does it)");

        Path hooks = snapshotOfTheWorkingTree();
        Path repo = Files.createDirectories(work.resolve("repo"));
        assertEquals(0, run(repo, "git", "init", "-q").exitCode());

        Files.writeString(repo.resolve("agent.yaml"), """
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: support
                """);
        assertEquals(0, run(repo, "git", "add", "agent.yaml").exitCode());
        Shell.Result blocked = run(repo, tryRepo(hooks));
        assertEquals(1, blocked.exitCode(), blocked.output());
        assertTrue(blocked.output().contains("BEDROCK-001"), blocked.output());
        assertTrue(blocked.output().contains("agent.yaml"), blocked.output());

        Files.writeString(repo.resolve("agent.yaml"), """
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    DeletionPolicy: Retain
                    UpdateReplacePolicy: Retain
                    Properties:
                      EnableKeyRotation: true
                      Tags:
                        - {Key: owner, Value: support-team}
                        - {Key: project, Value: support}
                        - {Key: cost-center, Value: "4711"}
                        - {Key: data-sensitivity, Value: confidential}
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: support
                      CustomerEncryptionKeyArn: !GetAtt Key.Arn
                      Tags: {Owner: support-team, Project: support, CostCenter: "4711", DataSensitivity: confidential}
                """);
        assertEquals(0, run(repo, "git", "add", "agent.yaml").exitCode());
        Shell.Result passed = run(repo, tryRepo(hooks));
        assertEquals(0, passed.exitCode(), passed.output());
        assertTrue(passed.output().contains("Passed"), passed.output());
    }

    private static String[] tryRepo(Path hooks) {
        return new String[] {"pre-commit", "try-repo", hooks.toString(), "iac-lint"};
    }

    /**
     * The hook repository as it stands in the working tree, new files included, committed in a
     * repository of its own: try-repo on the working tree itself would leave out untracked files.
     */
    private Path snapshotOfTheWorkingTree() throws IOException, InterruptedException {
        Path snapshot = Files.createDirectories(work.resolve("iac-lint"));
        Shell.Result listed = run(WORKING_TREE, "git", "ls-files", "--cached", "--others", "--exclude-standard");
        assertEquals(0, listed.exitCode(), listed.output());
        for (String name : listed.output().lines().toList()) {
            Path source = WORKING_TREE.resolve(name);
            if (Files.isRegularFile(source)) {
                Path target = snapshot.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        assertEquals(0, run(snapshot, "git", "init", "-q").exitCode());
        assertEquals(0, run(snapshot, "git", "add", "-A").exitCode());
        assertEquals(0, run(snapshot, "git", "commit", "-q", "-m", "snapshot").exitCode());
        return snapshot;
    }
}
