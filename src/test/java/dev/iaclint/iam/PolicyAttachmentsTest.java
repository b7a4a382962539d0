package dev.iaclint.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies attached to a role by a separate resource count for the role they name, and only for it. */
class PolicyAttachmentsTest {

    @TempDir
    Path dir;

    @Test
    void aManagedPolicyAttachedToOneRoleGrantsThatRolesAgentAndNoOther() throws IOException {
        StringBuilder module = new StringBuilder();
        for (String tenant : List.of("blue", "green")) {
            module.append("""
                    resource "aws_kms_key" "%1$s" {
                      enable_key_rotation = true
                    }
                    resource "aws_iam_role" "%1$s" {
                      name = "%1$s"
                    }
                    resource "aws_bedrockagent_agent" "%1$s" {
                      agent_name                  = "%1$s"
                      agent_resource_role_arn     = aws_iam_role.%1$s.arn
                      customer_encryption_key_arn = aws_kms_key.%1$s.arn
                    }
                    """.formatted(tenant));
        }
        module.append("""
                resource "aws_iam_policy" "blue_key" {
                  policy = jsonencode({
                    Statement = [{ Effect = "Allow", Action = ["kms:GenerateDataKey", "kms:Decrypt"], Resource = aws_kms_key.blue.arn }]
                  })
                }
                resource "aws_iam_role_policy_attachment" "blue_key" {
                  role       = aws_iam_role.blue.name
                  policy_arn = aws_iam_policy.blue_key.arn
                }
                """);
        TestFiles.write(dir, "stack/main.tf", module.toString());

        CliRun run = CliRun.allRules("--format", "json", "--rule", "KMS-003", dir.resolve("stack").toString());

        assertEquals(List.of("KMS-003 aws_kms_key.green fail"), run.findings().stream()
                .map(f -> f.get("ruleId") + " " + f.get("resource") + " " + f.get("status")).toList(), run.out());
    }
}
