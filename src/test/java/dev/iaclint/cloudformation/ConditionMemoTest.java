package dev.iaclint.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: each condition is evaluated once, so {@code !Or [Cn-1, Cn-1]} chains stay linear. */
class ConditionMemoTest {

    @TempDir
    Path dir;

    @Test
    void anOrChainSixtyDeepIsDecided() throws IOException {
        StringBuilder yaml = new StringBuilder("Parameters:\n  Env: {Type: String, Default: dev}\nConditions:\n"
                + "  C0: !Equals [!Ref Env, prod]\n");
        for (int i = 1; i < 60; i++) {
            yaml.append("  C").append(i).append(": !Or [!Condition C").append(i - 1).append(", !Condition C")
                    .append(i - 1).append("]\n");
        }
        yaml.append("""
                Resources:
                  Key: {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      CustomerEncryptionKeyArn: !If [C59, !GetAtt Key.Arn, alias/aws/bedrock]
                """);
        TestFiles.write(dir, "template.yaml", yaml.toString());
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertEquals("fail", run.findings().get(0).get("status"), run.out());
    }
}
