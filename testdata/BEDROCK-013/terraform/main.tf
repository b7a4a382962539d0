# BEDROCK-013: AgentCore gateways in Terraform: no key and an AWS-managed key fire; a key of the
# module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagentcore_gateway" "no_key" { # expect: BEDROCK-013
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
}

resource "aws_bedrockagentcore_gateway" "aws_managed_key" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-013
}

resource "aws_bedrockagentcore_gateway" "customer_managed_key" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_gateway" "literal_key_arn" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_gateway" "key_from_variable" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = var.key_arn # expect: BEDROCK-013 unknown
}

resource "awscc_bedrockagentcore_gateway" "no_key" { # expect: BEDROCK-013
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
}

resource "awscc_bedrockagentcore_gateway" "aws_managed_key" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-013
}

resource "awscc_bedrockagentcore_gateway" "customer_managed_key" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = aws_kms_key.k.arn
}

resource "awscc_bedrockagentcore_gateway" "literal_key_arn" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_gateway" "key_from_variable" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = var.key_arn # expect: BEDROCK-013 unknown
}
