package dev.iaclint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one large deployment unit of N tenants, each with its own KMS key (default key policy,
 * rotation on), a role for its Bedrock resources with an IAM policy granting the key, and a
 * Bedrock agent and knowledge base encrypted with that key: the shape of a platform team's
 * multi-tenant stack. As one Terraform module ({@code main.tf}), a CloudFormation YAML template
 * (optionally with an inline ignore on every agent), or a CloudFormation JSON template written on
 * one line, as tools emit it. Not a test: {@link ScalingProbe} uses it.
 */
public final class UnitGenerator {

    private UnitGenerator() {
    }

    /** A folder holding one Terraform module. */
    public static Path terraformModule(Path folder, int tenants) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("main.tf"), StandardCharsets.UTF_8)) {
            w.write("""
                    data "aws_iam_policy_document" "assume" {
                      statement {
                        actions = ["sts:AssumeRole"]
                        principals {
                          type        = "Service"
                          identifiers = ["bedrock.amazonaws.com"]
                        }
                      }
                    }

                    """);
            for (int i = 0; i < tenants; i++) {
                w.write("""
                        resource "aws_kms_key" "t%1$d" {
                          description         = "tenant %1$d"
                          enable_key_rotation = true
                          tags = { tenant = "t%1$d", owner = "platform", project = "agents", cost-center = "cc-1", data-sensitivity = "internal" }
                        }

                        resource "aws_kms_alias" "t%1$d" {
                          name          = "alias/tenant-%1$d"
                          target_key_id = aws_kms_key.t%1$d.key_id
                        }

                        resource "aws_iam_role" "t%1$d" {
                          name               = "tenant-%1$d-bedrock"
                          assume_role_policy = data.aws_iam_policy_document.assume.json
                        }

                        resource "aws_iam_role_policy" "t%1$d" {
                          role = aws_iam_role.t%1$d.id
                          policy = jsonencode({
                            Statement = [{ Effect = "Allow", Action = ["kms:GenerateDataKey", "kms:Decrypt", "kms:DescribeKey", "kms:CreateGrant"], Resource = aws_kms_key.t%1$d.arn }]
                          })
                        }

                        resource "aws_bedrockagent_agent" "t%1$d" {
                          agent_name                  = "tenant-%1$d"
                          agent_resource_role_arn     = aws_iam_role.t%1$d.arn
                          foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                          customer_encryption_key_arn = aws_kms_key.t%1$d.arn
                          tags = { tenant = "t%1$d", owner = "platform", project = "agents", cost-center = "cc-1", data-sensitivity = "internal" }
                        }

                        """.formatted(i));
            }
        }
        return folder;
    }

    /** A CloudFormation YAML template; with {@code ignores}, each agent carries an inline ignore. */
    public static Path yamlTemplate(Path file, int tenants, boolean ignores) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n");
            for (int i = 0; i < tenants; i++) {
                w.write("""
                          Key%1$d:
                            Type: AWS::KMS::Key
                            DeletionPolicy: Retain
                            UpdateReplacePolicy: Retain
                            Properties:
                              EnableKeyRotation: true
                              PendingWindowInDays: 30
                              Tags:
                                - {Key: tenant, Value: t%1$d}
                          Role%1$d:
                            Type: AWS::IAM::Role
                            Properties:
                              AssumeRolePolicyDocument:
                                Statement: [{Effect: Allow, Principal: {Service: bedrock.amazonaws.com}, Action: sts:AssumeRole}]
                              Policies:
                                - PolicyName: key
                                  PolicyDocument:
                                    Statement: [{Effect: Allow, Action: [kms:GenerateDataKey, kms:Decrypt], Resource: !GetAtt Key%1$d.Arn}]
                        """.formatted(i));
                if (ignores) {
                    w.write("  # iac-lint:ignore KMS-007 tags come from the account's tag policy\n");
                }
                w.write("""
                          Agent%1$d:
                            Type: AWS::Bedrock::Agent
                            Properties:
                              AgentName: tenant-%1$d
                              AgentResourceRoleArn: !GetAtt Role%1$d.Arn
                              CustomerEncryptionKeyArn: !GetAtt Key%1$d.Arn
                              Tags: {tenant: t%1$d}
                        """.formatted(i));
            }
        }
        return file;
    }

    /** A CloudFormation JSON template on one line, as tools (CDK, SAM, converters) write it. */
    public static Path oneLineJsonTemplate(Path file, int tenants) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"AWSTemplateFormatVersion\":\"2010-09-09\",\"Resources\":{");
            for (int i = 0; i < tenants; i++) {
                w.write((i == 0 ? "" : ",") + ("\"Key%1$d\":{\"Type\":\"AWS::KMS::Key\",\"DeletionPolicy\":\"Retain\","
                        + "\"UpdateReplacePolicy\":\"Retain\",\"Properties\":{\"EnableKeyRotation\":true,"
                        + "\"PendingWindowInDays\":30,\"Tags\":[{\"Key\":\"tenant\",\"Value\":\"t%1$d\"}]}},"
                        + "\"Role%1$d\":{\"Type\":\"AWS::IAM::Role\",\"Properties\":{\"AssumeRolePolicyDocument\":"
                        + "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"bedrock.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\"}]},\"Policies\":[{\"PolicyName\":\"key\",\"PolicyDocument\":"
                        + "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"kms:GenerateDataKey\",\"kms:Decrypt\"],"
                        + "\"Resource\":{\"Fn::GetAtt\":[\"Key%1$d\",\"Arn\"]}}]}}]}},"
                        + "\"Agent%1$d\":{\"Type\":\"AWS::Bedrock::Agent\",\"Properties\":{\"AgentName\":\"tenant-%1$d\","
                        + "\"AgentResourceRoleArn\":{\"Fn::GetAtt\":[\"Role%1$d\",\"Arn\"]},"
                        + "\"CustomerEncryptionKeyArn\":{\"Fn::GetAtt\":[\"Key%1$d\",\"Arn\"]},"
                        + "\"Tags\":{\"tenant\":\"t%1$d\"}}}").formatted(i));
            }
            w.write("}}\n");
        }
        return file;
    }

    /**
     * One key whose policy has N statements (each a principal of its own, users and
     * administrators apart, some with conditions) and one agent encrypted with it: what key-policy
     * checks cost as a policy grows.
     */
    public static Path keyPolicyStatements(Path file, int statements) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Key:
                        Type: AWS::KMS::Key
                        DeletionPolicy: Retain
                        Properties:
                          EnableKeyRotation: true
                          KeyPolicy:
                            Version: "2012-10-17"
                            Statement:
                    """);
            for (int i = 0; i < statements; i++) {
                boolean admin = i % 4 == 0;
                w.write("""
                                  - Sid: Statement%1$d
                                    Effect: Allow
                                    Principal: {AWS: "arn:aws:iam::111122223333:role/team-%1$d"}
                                    Action: %2$s
                                    Resource: "*"
                        """.formatted(i, admin ? "[kms:Create*, kms:Describe*, kms:Put*, kms:ScheduleKeyDeletion]"
                        : "[kms:Decrypt, kms:GenerateDataKey*]"));
                if (i % 3 == 0) {
                    w.write("""
                                        Condition: {StringEquals: {"kms:ViaService": bedrock.us-east-1.amazonaws.com}}
                            """);
                }
            }
            w.write("""
                      Agent:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          AgentName: shared
                          CustomerEncryptionKeyArn: !GetAtt Key.Arn
                    """);
        }
        return file;
    }

    /** One key that N agents use, each with a role granted the key: a key shared by every workload. */
    public static Path sharedKey(Path file, int users) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Key:
                        Type: AWS::KMS::Key
                        DeletionPolicy: Retain
                        Properties:
                          EnableKeyRotation: true
                    """);
            for (int i = 0; i < users; i++) {
                w.write("""
                          Role%1$d:
                            Type: AWS::IAM::Role
                            Properties:
                              AssumeRolePolicyDocument:
                                Statement: [{Effect: Allow, Principal: {Service: bedrock.amazonaws.com}, Action: sts:AssumeRole}]
                              Policies:
                                - PolicyName: key
                                  PolicyDocument:
                                    Statement: [{Effect: Allow, Action: [kms:GenerateDataKey, kms:Decrypt], Resource: !GetAtt Key.Arn}]
                          Agent%1$d:
                            Type: AWS::Bedrock::Agent
                            Properties:
                              AgentName: workload-%1$d
                              AgentResourceRoleArn: !GetAtt Role%1$d.Arn
                              CustomerEncryptionKeyArn: !GetAtt Key.Arn
                        """.formatted(i));
            }
        }
        return file;
    }
}
