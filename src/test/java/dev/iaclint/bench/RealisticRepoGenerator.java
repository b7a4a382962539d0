package dev.iaclint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a repository of about N files shaped like the infrastructure repositories iac-lint runs
 * on, not like a minimal fixture: files of a few kilobytes (about 5.5 KB on average), most of
 * their resources not Bedrock at all (functions, roles, queues, tables, networks), key policies
 * of several statements, and files that are no infrastructure code (function sources, READMEs,
 * application settings in YAML, a package.json) that discovery must pass over or sniff and skip.
 * Per stack: a CloudFormation YAML application template, a JSON network template, a Terraform
 * root (main.tf, variables.tf, outputs.tf, versions.tf) calling a shared local module, a
 * function's source, a README and a settings file; every twentieth stack, a one-line plan.
 * Some stacks comply and some do not, so the report has findings of every status.
 */
final class RealisticRepoGenerator {

    private RealisticRepoGenerator() {
    }

    static void generate(Path repo, int files) throws IOException {
        Files.createDirectories(repo.resolve(".git")); // a repository of its own, as what users scan is
        Path module = Files.createDirectories(repo.resolve("modules/assistant"));
        Files.writeString(module.resolve("main.tf"), moduleMain());
        Files.writeString(repo.resolve("package.json"), """
                {"name": "infrastructure", "private": true, "scripts": {"deploy": "cdk deploy"},
                 "devDependencies": {"aws-cdk": "2.150.0", "typescript": "5.5.4"}}
                """);
        int written = 2;
        for (int i = 0; written < files; i++) {
            Path stack = Files.createDirectories(repo.resolve("services/svc-" + i));
            Files.writeString(stack.resolve("app.yaml"), applicationTemplate(i));
            Files.writeString(stack.resolve("network.json"), networkTemplate(i));
            Path terraform = Files.createDirectories(stack.resolve("terraform"));
            Files.writeString(terraform.resolve("main.tf"), terraformMain(i));
            Files.writeString(terraform.resolve("variables.tf"), terraformVariables(i));
            Files.writeString(terraform.resolve("outputs.tf"), terraformOutputs());
            Files.writeString(terraform.resolve("versions.tf"), """
                    terraform {
                      required_version = ">= 1.5"
                      required_providers {
                        aws = { source = "hashicorp/aws", version = "~> 5.60" }
                      }
                    }
                    provider "aws" {
                      region = var.region
                      default_tags { tags = { service = "svc-%d" } }
                    }
                    """.formatted(i));
            Path source = Files.createDirectories(stack.resolve("src"));
            Files.writeString(source.resolve("handler.py"), handler(i));
            Files.writeString(stack.resolve("README.md"), readme(i));
            Files.writeString(stack.resolve("settings.yaml"), settings(i));
            written += 9;
            if (i % 20 == 0 && written < files) {
                PlanGenerator.write(stack.resolve("plan.json"), PlanGenerator.Shape.COUNT, 40);
                written++;
            }
        }
    }

    private static String applicationTemplate(int i) {
        boolean compliant = i % 3 != 0;
        StringBuilder yaml = new StringBuilder("""
                AWSTemplateFormatVersion: "2010-09-09"
                Description: Service %1$d - an assistant behind an API, with its data and functions
                Parameters:
                  Stage: {Type: String, Default: prod, AllowedValues: [dev, staging, prod]}
                  KnowledgeBucketName: {Type: String, Default: svc-%1$d-knowledge}
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Mappings:
                  Sizes:
                    dev: {Memory: 256}
                    prod: {Memory: 1024}
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: !Sub "Service %1$d data key (${Stage})"
                      EnableKeyRotation: %2$s
                      PendingWindowInDays: 30
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement:
                          - Sid: Administrators
                            Effect: Allow
                            Principal: {AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/KeyAdmins"}
                            Action: [kms:Create*, kms:Describe*, kms:Enable*, kms:List*, kms:Put*, kms:Update*,
                                     kms:Revoke*, kms:Disable*, kms:Get*, kms:Delete*, kms:ScheduleKeyDeletion,
                                     kms:CancelKeyDeletion, kms:TagResource, kms:UntagResource]
                            Resource: "*"
                          - Sid: BedrockUse
                            Effect: Allow
                            Principal: {Service: bedrock.amazonaws.com}
                            Action: [kms:Decrypt, kms:GenerateDataKey*, kms:DescribeKey]
                            Resource: "*"
                            Condition:
                              StringEquals: {"aws:SourceAccount": !Ref AWS::AccountId}
                          - Sid: Functions
                            Effect: Allow
                            Principal: {AWS: !GetAtt FunctionRole.Arn}
                            Action: [kms:Decrypt, kms:GenerateDataKey]
                            Resource: "*"
                      Tags:
                        - {Key: owner, Value: team-%1$d}
                        - {Key: cost-center, Value: "cc-%1$d"}
                        - {Key: data-sensitivity, Value: confidential}
                  DataKeyAlias:
                    Type: AWS::KMS::Alias
                    Properties:
                      AliasName: alias/svc-%1$d-data
                      TargetKeyId: !Ref DataKey
                  KnowledgeBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Ref KnowledgeBucketName
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: %3$s
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: true
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: !Sub "svc-%1$d-${Stage}"
                      FoundationModel: anthropic.claude-3-5-sonnet-20240620-v1:0
                      AgentResourceRoleArn: !GetAtt AgentRole.Arn
                      IdleSessionTTLInSeconds: 900
                      Instruction: You answer questions about service %1$d from its knowledge base.
                      CustomerEncryptionKeyArn: %4$s
                  Guardrail:
                    Type: AWS::Bedrock::Guardrail
                    Properties:
                      Name: !Sub "svc-%1$d-guardrail"
                      BlockedInputMessaging: Sorry, I cannot answer that.
                      BlockedOutputsMessaging: Sorry, I cannot answer that.
                      KmsKeyArn: !GetAtt DataKey.Arn
                      ContentPolicyConfig:
                        FiltersConfig:
                          - {Type: HATE, InputStrength: HIGH, OutputStrength: HIGH}
                          - {Type: VIOLENCE, InputStrength: HIGH, OutputStrength: HIGH}
                  AgentRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal: {Service: bedrock.amazonaws.com}
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: invoke
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - Effect: Allow
                                Action: bedrock:InvokeModel
                                Resource: !Sub "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*"
                """.formatted(i, compliant, compliant ? "aws:kms" : "AES256",
                compliant ? "!GetAtt DataKey.Arn" : "!If [IsProd, !GetAtt DataKey.Arn, !Ref AWS::NoValue]"));
        for (int f = 0; f < 9; f++) {
            yaml.append("""
                      Function%2$d:
                        Type: AWS::Lambda::Function
                        Properties:
                          FunctionName: !Sub "svc-%1$d-fn-%2$d-${Stage}"
                          Runtime: python3.12
                          Handler: handler.main
                          MemorySize: !FindInMap [Sizes, !If [IsProd, prod, dev], Memory]
                          Timeout: 30
                          Role: !GetAtt FunctionRole.Arn
                          Code: {S3Bucket: !Sub "artifacts-${AWS::AccountId}", S3Key: svc-%1$d/fn-%2$d.zip}
                          Environment:
                            Variables:
                              AGENT_ID: !Ref Agent
                              TABLE: !Ref Table
                              QUEUE_URL: !Ref Queue
                      Function%2$dLogs:
                        Type: AWS::Logs::LogGroup
                        Properties:
                          LogGroupName: !Sub "/aws/lambda/svc-%1$d-fn-%2$d-${Stage}"
                          RetentionInDays: 30
                    """.formatted(i, f));
        }
        yaml.append("""
                  FunctionRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
                      ManagedPolicyArns:
                        - !Sub "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}, {AttributeName: sk, AttributeType: S}]
                      KeySchema: [{AttributeName: pk, KeyType: HASH}, {AttributeName: sk, KeyType: RANGE}]
                      SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref DataKey}
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 60
                      KmsMasterKeyId: !Ref DataKeyAlias
                Outputs:
                  AgentId: {Value: !Ref Agent, Export: {Name: !Sub "svc-%1$d-agent"}}
                  KeyArn: {Value: !GetAtt DataKey.Arn}
                """.formatted(i));
        return yaml.toString();
    }

    private static String networkTemplate(int i) {
        StringBuilder json = new StringBuilder("""
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Description": "Service %1$d network",
                  "Resources": {
                    "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.%2$d.0.0/16",
                      "EnableDnsHostnames": true, "Tags": [{"Key": "Name", "Value": "svc-%1$d"}]}},
                """.formatted(i, i % 250));
        for (int s = 0; s < 12; s++) {
            json.append("""
                        "Subnet%1$d": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
                          "CidrBlock": "10.%2$d.%1$d.0/24", "AvailabilityZone": {"Fn::Select": [%3$d, {"Fn::GetAZs": ""}]},
                          "Tags": [{"Key": "Name", "Value": {"Fn::Sub": "svc-%4$d-subnet-%1$d"}}]}},
                        "Route%1$d": {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
                          "SubnetId": {"Ref": "Subnet%1$d"}, "RouteTableId": {"Ref": "Routes"}}},
                    """.formatted(s, i % 250, s % 3, i));
        }
        json.append("""
                    "Routes": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
                    "Endpoint": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"VpcId": {"Ref": "Vpc"},
                      "ServiceName": {"Fn::Sub": "com.amazonaws.${AWS::Region}.bedrock-runtime"},
                      "VpcEndpointType": "Interface", "PrivateDnsEnabled": true,
                      "SecurityGroupIds": [{"Ref": "EndpointGroup"}]}},
                    "EndpointGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
                      "GroupDescription": "HTTPS from the VPC", "VpcId": {"Ref": "Vpc"},
                      "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                        "CidrIp": "10.%1$d.0.0/16"}]}},
                    "FlowLogs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 90}},
                    "Prompt": {"Type": "AWS::Bedrock::Prompt", "Properties": {"Name": "svc-%2$d-prompt",
                      "CustomerEncryptionKeyArn": %3$s,
                      "Variants": [{"Name": "v1", "TemplateType": "TEXT",
                        "TemplateConfiguration": {"Text": {"Text": "Summarise {{input}}"}}}]}}
                  },
                  "Outputs": {"VpcId": {"Value": {"Ref": "Vpc"}}}
                }
                """.formatted(i % 250, i, i % 4 == 0 ? "{\"Fn::ImportValue\": \"shared-key-arn\"}"
                : "\"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\""));
        return json.toString();
    }

    private static String terraformMain(int i) {
        StringBuilder tf = new StringBuilder("""
                locals {
                  name = "svc-%1$d-${var.stage}"
                  tags = merge(var.tags, { service = "svc-%1$d", stage = var.stage })
                }

                data "aws_caller_identity" "current" {}

                resource "aws_kms_key" "data" {
                  description             = "${local.name} data"
                  enable_key_rotation     = %2$s
                  deletion_window_in_days = 30
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid       = "Administrators"
                        Effect    = "Allow"
                        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/KeyAdmins" }
                        Action    = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                                     "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion",
                                     "kms:CancelKeyDeletion"]
                        Resource  = "*"
                      },
                      {
                        Sid       = "Bedrock"
                        Effect    = "Allow"
                        Principal = { Service = "bedrock.amazonaws.com" }
                        Action    = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]
                        Resource  = "*"
                        Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
                      }
                    ]
                  })
                  tags = local.tags
                }

                resource "aws_kms_alias" "data" {
                  name          = "alias/${local.name}"
                  target_key_id = aws_kms_key.data.key_id
                }

                module "assistant" {
                  source      = "../../../modules/assistant"
                  name        = local.name
                  kms_key_arn = var.use_cmk ? aws_kms_key.data.arn : null
                  tags        = local.tags
                }
                """.formatted(i, i % 5 != 0));
        for (int f = 0; f < 8; f++) {
            tf.append("""

                    resource "aws_lambda_function" "worker_%1$d" {
                      function_name = "${local.name}-worker-%1$d"
                      role          = aws_iam_role.worker.arn
                      runtime       = "python3.12"
                      handler       = "handler.main"
                      filename      = "${path.module}/../src/worker.zip"
                      memory_size   = var.stage == "prod" ? 1024 : 256
                      environment {
                        variables = { AGENT = module.assistant.agent_id, STAGE = var.stage }
                      }
                      tags = local.tags
                    }

                    resource "aws_cloudwatch_log_group" "worker_%1$d" {
                      name              = "/aws/lambda/${local.name}-worker-%1$d"
                      retention_in_days = 30
                    }
                    """.formatted(f));
        }
        tf.append("""

                resource "aws_iam_role" "worker" {
                  name = "${local.name}-worker"
                  assume_role_policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
                  })
                }
                """);
        return tf.toString();
    }

    private static String terraformVariables(int i) {
        return """
                variable "region" {
                  type    = string
                  default = "eu-west-1"
                }

                variable "stage" {
                  type        = string
                  default     = "prod"
                  description = "Deployment stage of service %1$d."
                  validation {
                    condition     = contains(["dev", "staging", "prod"], var.stage)
                    error_message = "stage must be dev, staging or prod."
                  }
                }

                variable "use_cmk" {
                  type    = bool
                  default = %2$s
                }

                variable "tags" {
                  type = map(string)
                  default = {
                    owner            = "team-%1$d"
                    cost-center      = "cc-%1$d"
                    data-sensitivity = "internal"
                  }
                }
                """.formatted(i, i % 7 != 0);
    }

    private static String terraformOutputs() {
        return """
                output "key_arn" {
                  value = aws_kms_key.data.arn
                }

                output "agent_id" {
                  value = module.assistant.agent_id
                }

                output "workers" {
                  value = [for name in ["worker_0", "worker_1", "worker_2", "worker_3"] : "${local.name}-${name}"]
                }
                """;
    }

    private static String moduleMain() {
        return """
                variable "name" {
                  type = string
                }
                variable "kms_key_arn" {
                  type    = string
                  default = null
                }
                variable "tags" {
                  type    = map(string)
                  default = {}
                }
                resource "aws_bedrockagent_agent" "this" {
                  agent_name                  = var.name
                  agent_resource_role_arn     = aws_iam_role.agent.arn
                  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
                  customer_encryption_key_arn = var.kms_key_arn
                  tags                        = var.tags
                }
                resource "aws_iam_role" "agent" {
                  name = "${var.name}-agent"
                  assume_role_policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Principal = { Service = "bedrock.amazonaws.com" }, Action = "sts:AssumeRole" }]
                  })
                }
                output "agent_id" {
                  value = aws_bedrockagent_agent.this.agent_id
                }
                """;
    }

    private static String handler(int i) {
        StringBuilder python = new StringBuilder("""
                \"\"\"Service %d worker: reads a message, asks the agent, stores the answer.\"\"\"
                import json
                import os

                import boto3

                AGENT = os.environ["AGENT"]
                client = boto3.client("bedrock-agent-runtime")


                """.formatted(i));
        for (int f = 0; f < 8; f++) {
            python.append("""
                    def step_%1$d(event, context):
                        body = json.loads(event.get("body") or "{}")
                        answer = client.invoke_agent(agentId=AGENT, agentAliasId="TSTALIASID",
                                                     sessionId=body.get("session", "s-%1$d"), inputText=body["q"])
                        return {"statusCode": 200, "body": json.dumps({"step": %1$d, "answer": str(answer)})}


                    """.formatted(f));
        }
        return python.toString();
    }

    private static String readme(int i) {
        return ("# Service " + i + "\n\nAn assistant behind an API. `app.yaml` holds the application,"
                + " `network.json` its network, `terraform/` the parts deployed with Terraform.\n\n"
                + "## Deploying\n\n```\naws cloudformation deploy --template-file app.yaml --stack-name svc-" + i
                + "\nterraform -chdir=terraform apply\n```\n").repeat(4);
    }

    private static String settings(int i) {
        StringBuilder yaml = new StringBuilder("service: svc-" + i + "\nfeatures:\n");
        for (int f = 0; f < 30; f++) {
            yaml.append("  - name: feature-").append(f).append("\n    enabled: ").append(f % 2 == 0)
                    .append("\n    rollout: ").append(f * 3 % 100).append('\n');
        }
        return yaml.toString();
    }
}
