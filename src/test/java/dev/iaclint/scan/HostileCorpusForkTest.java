package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iaclint.support.Json;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: the whole hostile corpus in one run, in a JVM of its own limited to 256 MB of heap:
 * every budget holds, the run reports (exit 2, for the budget errors) and nothing escapes as a
 * stack trace.
 */
class HostileCorpusForkTest {

    @TempDir
    Path dir;

    private void corpus() throws IOException {
        TestFiles.write(dir, "heredoc/main.tf", "locals {\n  doc = <<EOT\nhello\nEOT\u00a0\n}\n"
                + "resource \"aws_bedrockagent_agent\" \"after_heredoc\" {}\n");
        TestFiles.write(dir, "decoy/main.tf", "resource \"aws_bedrockagent_agent\" \"decoyed\" {}\n");
        TestFiles.write(dir, "decoy/sub/main.tf", "module \"up\" {\n  source = \"../\"\n}\nmodule \"self\" {\n"
                + "  source = \"./\"\n}\n");
        StringBuilder merge = new StringBuilder("locals {\n  a0 = { key = null }\n");
        for (int i = 1; i < 30; i++) {
            merge.append("  a").append(i).append(" = merge(local.a").append(i - 1).append(", local.a").append(i - 1)
                    .append(")\n");
        }
        merge.append("}\nresource \"aws_bedrockagent_agent\" \"merged\" {\n  customer_encryption_key_arn = local.a29.key\n}\n");
        TestFiles.write(dir, "merge/main.tf", merge.toString());
        StringBuilder or = new StringBuilder("Conditions:\n  C0: !Equals [a, b]\n");
        for (int i = 1; i < 60; i++) {
            or.append("  C").append(i).append(": !Or [!Condition C").append(i - 1).append(", !Condition C")
                    .append(i - 1).append("]\n");
        }
        or.append("Resources:\n  Ored:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      CustomerEncryptionKeyArn: !If [C59, x, alias/aws/bedrock]\n");
        TestFiles.write(dir, "or.yaml", or.toString());
        StringBuilder join = new StringBuilder("Resources:\n  Joined:\n    Type: AWS::Bedrock::Agent\n    Properties:\n"
                + "      Description: &big " + "x".repeat(200_000) + "\n      CustomerEncryptionKeyArn: !Join ['', [*big");
        join.append(", *big".repeat(19_999)).append("]]\n");
        TestFiles.write(dir, "join.yaml", join.toString());
        // Each module calls the next four times, 16 levels: 4^15 instances without a budget.
        for (int level = 0; level < 15; level++) {
            StringBuilder calls = new StringBuilder();
            for (String name : List.of("a", "b", "c", "d")) {
                calls.append("module \"").append(name).append("\" {\n  source = \"../m").append(level + 1).append("\"\n}\n");
            }
            TestFiles.write(dir, "fanout/m" + level + "/main.tf", calls.toString());
        }
        TestFiles.write(dir, "fanout/m15/main.tf", "resource \"aws_kms_key\" \"k\" {}\n");
        TestFiles.write(dir, "forged.yaml", "Resources:\n  \"Agent\\n::stop-commands::x\\e[31m\":\n"
                + "    Type: AWS::Bedrock::Agent\n");
    }

    @Test
    void theWholeCorpusInOneRunUnder256Megabytes() throws Exception {
        corpus();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.iaclint.cli.Main", "--format", "json", dir.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(2, exit, err + out.substring(0, Math.min(3000, out.length())));
        assertFalse(err.contains("Exception") || err.contains("Error"), err);
        Map<String, Object> report = Json.parse(out);
        String errors = String.valueOf(report.get("errors"));
        assertTrue(errors.contains("module instances one root may load"), errors);
        assertTrue(errors.contains("more than the 1048576 iac-lint evaluates"), errors);
        assertTrue(errors.contains("module cycle"), errors);
        List<String> resources = ((List<?>) report.get("findings")).stream()
                .map(f -> String.valueOf(((Map<?, ?>) f).get("resource"))).toList();
        for (String expected : List.of("aws_bedrockagent_agent.after_heredoc", "aws_bedrockagent_agent.decoyed",
                "aws_bedrockagent_agent.merged", "Ored")) {
            assertTrue(resources.contains(expected), expected + " in " + resources);
        }
    }
}
