package dev.iaclint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes repositories that grow along one dimension of their layout, for {@link ScalingProbe}:
 * many small templates, many Terraform root configurations calling one shared module, and a
 * chain of nested local modules. Not a test.
 */
final class RepositoryShapes {

    private RepositoryShapes() {
    }

    /** N small CloudFormation templates, a key and an agent each. */
    static Path templates(Path folder, int files) throws IOException {
        for (int i = 0; i < files; i++) {
            Path stack = Files.createDirectories(folder.resolve("stack-" + i));
            Files.writeString(stack.resolve("template.yaml"), """
                    AWSTemplateFormatVersion: "2010-09-09"
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
                          CustomerEncryptionKeyArn: !GetAtt Key.Arn
                    """.formatted(i));
        }
        return folder;
    }

    /** N Terraform configurations (each with its provider and key) calling one shared local module. */
    static Path roots(Path folder, int roots) throws IOException {
        Path module = Files.createDirectories(folder.resolve("modules/agent"));
        Files.writeString(module.resolve("main.tf"), """
                variable "name" {}
                variable "key" {}
                resource "aws_bedrockagent_agent" "this" {
                  agent_name                  = var.name
                  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                  customer_encryption_key_arn = var.key
                }
                """);
        for (int i = 0; i < roots; i++) {
            Path root = Files.createDirectories(folder.resolve("live/env-" + i));
            Files.writeString(root.resolve("main.tf"), """
                    provider "aws" {
                      region = "eu-west-1"
                    }
                    resource "aws_kms_key" "agent" {
                      enable_key_rotation = true
                    }
                    module "agent" {
                      source = "../../modules/agent"
                      name   = "env-%d"
                      key    = aws_kms_key.agent.arn
                    }
                    """.formatted(i));
        }
        return folder;
    }

    /**
     * A root calling a chain of N nested local modules, each with a key and agents of its own and
     * passing its key down: the cost of module depth.
     */
    static Path moduleChain(Path folder, int depth) throws IOException {
        for (int level = 0; level <= depth; level++) {
            Path dir = Files.createDirectories(folder.resolve(level == 0 ? "root" : "modules/level-" + level));
            StringBuilder tf = new StringBuilder(level == 0 ? "" : "variable \"key\" {}\n");
            for (int r = 0; r < 100; r++) {
                tf.append("""
                        resource "aws_kms_key" "k%1$d" {
                          enable_key_rotation = true
                        }
                        resource "aws_bedrockagent_agent" "a%1$d" {
                          agent_name                  = "level-%2$d-%1$d"
                          foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                          customer_encryption_key_arn = aws_kms_key.k%1$d.arn
                        }
                        """.formatted(r, level));
            }
            if (level < depth) {
                tf.append("""
                        module "next" {
                          source = "%s/level-%d"
                          key    = aws_kms_key.k0.arn
                        }
                        """.formatted(level == 0 ? "../modules" : "..", level + 1));
            }
            Files.writeString(dir.resolve("main.tf"), tf.toString());
        }
        return folder;
    }
}
