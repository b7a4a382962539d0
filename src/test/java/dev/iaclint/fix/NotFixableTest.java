package dev.iaclint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fix must not touch: a value that comes from a parameter, a variable or several module
 * calls is fixed where it is defined, by someone who knows its other uses; a plan is never
 * edited. Each is listed as not fixable automatically, with the reason.
 */
class NotFixableTest {

    @TempDir
    Path folder;

    @Test
    void aSettingFromAParameterIsLeftToWhereItIsDefined() throws IOException {
        write("template.yaml", """
                Parameters:
                  Rotate:
                    Type: String
                    Default: "false"
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: !Ref Rotate
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("KMS-001"));

        assertEquals(List.of(), plan.fixes());
        assertEquals(List.of("KMS-001 Key: Key's rotation comes from Rotate; set it where that is defined"),
                reasons(plan));
        assertEquals(Map.of(), plan.fixed());
    }

    @Test
    void aKeyFromAVariableOfAModuleCalledTwiceWithoutItIsLeftToTheCalls() throws IOException {
        write("main.tf", """
                module "one" {
                  source = "./agent"
                }

                module "two" {
                  source = "./agent"
                }
                """);
        write("agent/main.tf", """
                variable "key" {
                  default = null
                }

                resource "aws_bedrockagent_agent" "this" {
                  agent_name                  = "a"
                  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/a"
                  customer_encryption_key_arn = var.key
                }
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("BEDROCK-001"));

        assertEquals(List.of(), plan.fixes());
        assertEquals(1, plan.unfixable().size());
        assertEquals("aws_bedrockagent_agent.this's key comes from variable key, passed by 2 module calls; "
                + "set it in each call", plan.unfixable().get(0).reason());
    }

    @Test
    void aModuleCallThatPassesAnExpressionIsLeftToWhereThatComesFrom() throws IOException {
        write("main.tf", """
                variable "rotate" {
                  default = false
                }

                module "orders" {
                  source              = "./key"
                  enable_key_rotation = var.rotate
                }
                """);
        write("key/main.tf", """
                variable "enable_key_rotation" {}

                resource "aws_kms_key" "this" {
                  enable_key_rotation = var.enable_key_rotation
                }
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("KMS-001"));

        assertEquals(List.of("KMS-001 aws_kms_key.this via [: module.orders]: module orders.enable_key_rotation is "
                + "computed (var.rotate); set it where that is defined"), reasons(plan));
    }

    @Test
    void aKeyChosenByAConditionIsLeftToAPerson() throws IOException {
        write("template.yaml", """
                Conditions:
                  Production: !Equals [!Ref AWS::AccountId, "111122223333"]
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: a
                      CustomerEncryptionKeyArn: !If [Production, alias/aws/bedrock, !Ref AWS::NoValue]
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("BEDROCK-001"));

        assertEquals(List.of("BEDROCK-001 Agent: Agent chooses its key with a condition; set the branch that falls "
                + "short by hand"), reasons(plan));
    }

    @Test
    void aPlanIsNeverEdited() throws IOException {
        Files.copy(Path.of("testdata/KMS-001/plan/keys.plan.json"), folder.resolve("keys.plan.json"));
        String before = Files.readString(folder.resolve("keys.plan.json"));

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("KMS-001"));

        assertEquals(List.of(), plan.fixes());
        plan.unfixable().forEach(u -> assertEquals(
                "plans are never edited: fix the configuration the plan was made from", u.reason()));
        assertEquals(false, plan.unfixable().isEmpty());
        assertEquals(Map.of(), plan.fixed());
        assertEquals(before, Files.readString(folder.resolve("keys.plan.json")));
    }

    @Test
    void onlyTheRulesAskedForAreFixed() throws IOException {
        write("main.tf", """
                resource "aws_kms_key" "k" {
                  deletion_window_in_days = 7
                }

                resource "aws_bedrockagent_agent" "a" {
                  agent_name                  = "a"
                  customer_encryption_key_arn = aws_kms_key.k.arn
                }
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("KMS-001"));

        assertEquals(List.of("KMS-001"), plan.fixes().stream().map(f -> f.finding().ruleId()).toList());
        assertEquals(true, plan.failing().stream().anyMatch(f -> f.ruleId().equals("KMS-006")));
    }

    /**
     * A data-path finding (the bucket a data source reads, a knowledge base's vector store) is fixed
     * at the store: giving the resource that names it a key of its own would change nothing.
     */
    @Test
    void aDataPathFindingIsNotFixedOnTheResourceThatNamesTheStore() throws IOException {
        write("main.tf", """
                resource "aws_s3_bucket" "docs" {
                  bucket = "docs"
                }

                resource "aws_bedrockagent_data_source" "docs" {
                  knowledge_base_id = "KB12345678"
                  name              = "docs"
                  data_source_configuration {
                    type = "S3"
                    s3_configuration {
                      bucket_arn = aws_s3_bucket.docs.arn
                    }
                  }
                }

                resource "aws_neptunegraph_graph" "g" {
                  provisioned_memory = 16
                }

                resource "aws_bedrockagent_knowledge_base" "kb" {
                  name     = "kb"
                  role_arn = "arn:aws:iam::111122223333:role/kb"
                  knowledge_base_configuration {
                    type = "VECTOR"
                  }
                  storage_configuration {
                    type = "NEPTUNE_ANALYTICS"
                    neptune_analytics_configuration {
                      graph_arn = aws_neptunegraph_graph.g.arn
                    }
                  }
                }
                """);

        Remediation.Plan plan = FixHarness.plan(folder, Set.of("BEDROCK-022", "BEDROCK-025"));

        assertEquals(Set.of("BEDROCK-022", "BEDROCK-025"),
                plan.failing().stream().map(f -> f.ruleId()).filter(id -> id.startsWith("BEDROCK-02"))
                        .collect(Collectors.toSet()));
        plan.failing().stream().filter(f -> f.ruleId().startsWith("BEDROCK-02"))
                .forEach(f -> assertEquals(false, Remediation.isFixable(f), f.ruleId()));
        assertEquals(List.of(), plan.fixes());
        assertEquals(Map.of(), plan.fixed());
    }

    private List<String> reasons(Remediation.Plan plan) {
        return plan.unfixable().stream().map(u -> FixHarness.key(u.finding()) + ": " + u.reason()).toList();
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
