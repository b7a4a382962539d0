package dev.iaclint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic repository of about N files: per stack, a CloudFormation YAML template, a
 * JSON template, a Terraform root module (main.tf, variables.tf) calling a shared local agent
 * module, and every tenth stack a plan. Bedrock agents and KMS keys, some compliant, some not.
 */
final class RepoGenerator {

    private RepoGenerator() {
    }

    static void generate(Path repo, int files) throws IOException {
        Files.createDirectories(repo.resolve("modules/agent"));
        Files.writeString(repo.resolve("modules/agent/main.tf"), """
                variable "name" {
                  type = string
                }
                variable "kms_key_arn" {
                  type    = string
                  default = null
                }
                resource "aws_bedrockagent_agent" "this" {
                  agent_name                  = var.name
                  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                  customer_encryption_key_arn = var.kms_key_arn
                  tags = { owner = "platform", project = var.name }
                }
                """);
        int written = 1;
        for (int i = 0; written < files; i++) {
            Path stack = Files.createDirectories(repo.resolve("stacks/s" + i));
            Files.writeString(stack.resolve("template.yaml"), """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Parameters:
                      Stage: {Type: String, Default: prod}
                    Conditions:
                      IsProd: !Equals [!Ref Stage, prod]
                    Resources:
                      Key:
                        Type: AWS::KMS::Key
                        Properties:
                          EnableKeyRotation: true
                          Tags: [{Key: owner, Value: team-%1$d}]
                      Agent:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: agent-%1$d
                          CustomerEncryptionKeyArn: !If [IsProd, !GetAtt Key.Arn, !Ref AWS::NoValue]
                      Draft:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: draft-%1$d
                          CustomerEncryptionKeyArn: !Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/bedrock"
                    """.formatted(i));
            Files.writeString(stack.resolve("template.json"), """
                    {"Resources": {"Key": {"Type": "AWS::KMS::Key"},
                      "Agent": {"Type": "AWS::Bedrock::Agent", "Properties": {"AgentName": "json-%1$d",
                        "CustomerEncryptionKeyArn": {"Fn::GetAtt": ["Key", "Arn"]}}}}}
                    """.formatted(i));
            Path module = Files.createDirectories(stack.resolve("terraform"));
            Files.writeString(module.resolve("main.tf"), """
                    locals {
                      tags = merge(var.tags, { stack = "s%1$d" })
                    }
                    resource "aws_kms_key" "agents" {
                      enable_key_rotation = true
                      tags                = local.tags
                    }
                    module "agent" {
                      source      = "../../../modules/agent"
                      name        = "tf-%1$d"
                      kms_key_arn = var.use_cmk ? aws_kms_key.agents.arn : null
                    }
                    """.formatted(i));
            Files.writeString(module.resolve("variables.tf"), """
                    variable "use_cmk" {
                      default = true
                    }
                    variable "tags" {
                      default = { owner = "team" }
                    }
                    """);
            written += 4;
            if (i % 10 == 0 && written < files) {
                Files.writeString(stack.resolve("plan.json"), """
                        {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                          {"address": "aws_bedrockagent_agent.p", "mode": "managed", "type": "aws_bedrockagent_agent",
                           "name": "p", "values": {"agent_name": "plan-%1$d", "customer_encryption_key_arn": null}}]}},
                         "resource_changes": []}
                        """.formatted(i));
                written++;
            }
        }
    }
}
