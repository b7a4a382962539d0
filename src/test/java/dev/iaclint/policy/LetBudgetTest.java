package dev.iaclint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: let values that double line by line stop at a budget, as an error of the policy. */
class LetBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aDoublingLetChainIsAnErrorNotAnOutOfMemoryError() throws IOException {
        StringBuilder policy = new StringBuilder("id: LET-1\ntitle: t\nseverity: low\nkinds: [bedrock.agent]\nlet:\n"
                + "  v0: resource.address\n");
        for (int i = 1; i <= 40; i++) {
            policy.append("  v").append(i).append(": v").append(i - 1).append(" + v").append(i - 1).append('\n');
        }
        policy.append("assert: size(v40) > 0\nmessage: m\n");
        TestFiles.write(dir, "policies/let.yaml", policy.toString());
        TestFiles.write(dir, "stack/t.yaml", "Resources:\n  A:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.of("--rule", "LET-1", "--policy-dir", dir.resolve("policies").toString(),
                dir.resolve("stack").toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("policy LET-1 failed on A") && run.out().contains("let v21 is 2097152 characters"),
                run.out());
    }
}
