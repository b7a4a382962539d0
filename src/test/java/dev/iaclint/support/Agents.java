package dev.iaclint.support;

/** Bedrock agents in the shapes the command-line tests scan: one key kind each, nothing else on topic. */
public final class Agents {

    /** A CloudFormation agent named Agent under the AWS-managed key: fails BEDROCK-001 at line 5, column 33. */
    public static final String CLOUDFORMATION_MANAGED_KEY = """
            Resources:
              Agent:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: alias/aws/bedrock
            """;

    /** A CloudFormation agent named Agent whose key is a parameter without default: unknown at line 7, column 33. */
    public static final String CLOUDFORMATION_UNKNOWN_KEY = """
            Parameters:
              KeyArn: {Type: String}
            Resources:
              Agent:
                Type: AWS::Bedrock::Agent
                Properties:
                  CustomerEncryptionKeyArn: !Ref KeyArn
            """;

    /** A Terraform agent {@code aws_bedrockagent_agent.a} that names no key: fails BEDROCK-001 at line 1. */
    public static final String TERRAFORM_NO_KEY = """
            resource "aws_bedrockagent_agent" "a" {
              agent_name = "a"
            }
            """;

    /** The same agent under a key of the configuration: passes. */
    public static final String TERRAFORM_OWN_KEY = """
            resource "aws_kms_key" "k" {
            }

            resource "aws_bedrockagent_agent" "a" {
              agent_name                  = "a"
              customer_encryption_key_arn = aws_kms_key.k.arn
            }
            """;

    private Agents() {
    }
}
