package dev.iaclint.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: aliases of a large scalar joined many times are a budget error, not gigabytes of text. */
class StringBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aJoinBeyondTheBudgetIsAnErrorNamingTheFileAndTheRestIsReported() throws IOException {
        StringBuilder yaml = new StringBuilder("Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      Description: &big " + "x".repeat(200_000) + "\n"
                + "      CustomerEncryptionKeyArn: !Join\n        - ''\n        - [");
        for (int i = 0; i < 10; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*big");
        }
        yaml.append("]\n");
        TestFiles.write(dir, "big.yaml", yaml.toString());
        TestFiles.write(dir, "other.yaml", "Resources:\n  Other:\n    Type: AWS::Bedrock::Agent\n");
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.err());
        assertTrue(run.out().contains("big.yaml") && run.out().contains("more than the 1048576 iac-lint evaluates"),
                run.out().substring(0, Math.min(4000, run.out().length())));
        assertTrue(run.findings().stream().anyMatch(f -> "Other".equals(f.get("resource"))), "the rest still reports");
    }
}
