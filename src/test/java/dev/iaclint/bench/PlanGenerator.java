package dev.iaclint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic {@code terraform show -json} plan of about the given size: KMS keys and
 * Bedrock agents in modules, with after_unknown masks and configuration references, shaped like
 * the fixtures. Used by bench/plan-load.sh; not a test.
 */
public final class PlanGenerator {

    private PlanGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\n  \"format_version\": \"1.2\",\n  \"terraform_version\": \"1.9.5\",\n");
            w.write("  \"planned_values\": {\n    \"root_module\": {\n      \"resources\": [\n");
            long written = 0;
            int n = 0;
            StringBuilder changes = new StringBuilder();
            while (written < bytes * 0.55) {
                String key = ("        {\"address\": \"aws_kms_key.k%1$d\", \"mode\": \"managed\", \"type\": \"aws_kms_key\", "
                        + "\"name\": \"k%1$d\", \"provider_name\": \"registry.terraform.io/hashicorp/aws\", \"schema_version\": 0, "
                        + "\"values\": {\"description\": \"tenant %1$d\", \"enable_key_rotation\": true, "
                        + "\"deletion_window_in_days\": 30, \"tags\": {\"owner\": \"team-%1$d\", \"cost-center\": \"cc-%1$d\"}}, "
                        + "\"sensitive_values\": {}},\n").formatted(n);
                String agent = ("        {\"address\": \"aws_bedrockagent_agent.a%1$d\", \"mode\": \"managed\", "
                        + "\"type\": \"aws_bedrockagent_agent\", \"name\": \"a%1$d\", "
                        + "\"provider_name\": \"registry.terraform.io/hashicorp/aws\", \"schema_version\": 0, "
                        + "\"values\": {\"agent_name\": \"agent-%1$d\", \"foundation_model\": \"anthropic.claude-3-5-sonnet\", "
                        + "\"instruction\": \"Answer questions for tenant %1$d about their orders and invoices.\", "
                        + "\"idle_session_ttl_in_seconds\": 600, \"tags\": {\"owner\": \"team-%1$d\"}}, "
                        + "\"sensitive_values\": {}}").formatted(n);
                w.write(key);
                w.write(agent);
                written += key.length() + agent.length();
                changes.append(n == 0 ? "" : ",\n").append(("    {\"address\": \"aws_bedrockagent_agent.a%1$d\", "
                        + "\"mode\": \"managed\", \"type\": \"aws_bedrockagent_agent\", \"name\": \"a%1$d\", "
                        + "\"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {\"agent_name\": \"agent-%1$d\"}, "
                        + "\"after_unknown\": {\"agent_arn\": true, \"id\": true, \"customer_encryption_key_arn\": true}}}")
                        .formatted(n));
                n++;
                w.write(written < bytes * 0.55 ? ",\n" : "\n");
            }
            w.write("      ]\n    }\n  },\n  \"resource_changes\": [\n");
            w.write(changes.toString());
            w.write("\n  ],\n  \"configuration\": {\"root_module\": {\"resources\": [\n");
            for (int i = 0; i < n; i++) {
                w.write(("    {\"address\": \"aws_bedrockagent_agent.a%1$d\", \"mode\": \"managed\", "
                        + "\"type\": \"aws_bedrockagent_agent\", \"name\": \"a%1$d\", \"expressions\": "
                        + "{\"customer_encryption_key_arn\": {\"references\": [\"aws_kms_key.k%1$d.arn\", "
                        + "\"aws_kms_key.k%1$d\"]}}}%2$s\n").formatted(i, i + 1 < n ? "," : ""));
            }
            w.write("  ]}}\n}\n");
        }
    }
}
