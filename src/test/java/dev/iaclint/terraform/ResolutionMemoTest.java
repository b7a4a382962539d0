package dev.iaclint.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #22: each value is resolved once, so doubling chains of references stay linear (2^30 resolutions without). */
class ResolutionMemoTest {

    @TempDir
    Path dir;

    @Test
    void aMergeChainThirtyDeepResolves() throws IOException {
        StringBuilder tf = new StringBuilder("locals {\n  a0 = { key = null }\n");
        for (int i = 1; i < 30; i++) {
            tf.append("  a").append(i).append(" = merge(local.a").append(i - 1).append(", local.a").append(i - 1)
                    .append(")\n");
        }
        tf.append("}\nresource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = local.a29.key\n}\n");
        TestFiles.write(dir, "main.tf", tf.toString());
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
        assertEquals("fail", run.findings().get(0).get("status"), run.out());
    }

    @Test
    void aDoublingTemplateChainIsABudgetErrorAndTheRestStillReports() throws IOException {
        StringBuilder tf = new StringBuilder("locals {\n  a0 = \"xx\"\n");
        for (int i = 1; i < 25; i++) {
            tf.append("  a").append(i).append(" = \"${local.a").append(i - 1).append("}${local.a").append(i - 1)
                    .append("}\"\n");
        }
        tf.append("}\nresource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = local.a24\n}\n");
        TestFiles.write(dir, "doubling/main.tf", tf.toString());
        TestFiles.write(dir, "other/main.tf", "resource \"aws_bedrockagent_agent\" \"other\" {}\n");
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertEquals(ExitCode.ERROR, run.exitCode(), run.out());
        assertTrue(run.out().contains("doubling/main.tf") && run.out().contains("this string template makes more than"),
                run.out());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.other".equals(f.get("resource"))),
                run.out());
    }

    @Test
    void aValueCutShortByTheDepthLimitIsNotRememberedAsUnknown() throws IOException {
        StringBuilder tf = new StringBuilder("locals {\n  a0 = null\n");
        for (int i = 1; i < 80; i++) {
            tf.append("  a").append(i).append(" = local.a").append(i - 1).append('\n');
        }
        // Resolved first from the far end of the chain (cut short), then directly: the direct one fails.
        tf.append("}\nresource \"aws_bedrockagent_agent\" \"a\" {\n  customer_encryption_key_arn = local.a79\n}\n")
                .append("resource \"aws_bedrockagent_agent\" \"b\" {\n  customer_encryption_key_arn = local.a20\n}\n");
        TestFiles.write(dir, "main.tf", tf.toString());
        CliRun run = CliRun.of("--format", "json", "--rule", "BEDROCK-001", dir.toString());
        assertTrue(run.findings().stream().anyMatch(f -> "aws_bedrockagent_agent.b".equals(f.get("resource"))
                && "fail".equals(f.get("status"))), run.out());
    }
}
