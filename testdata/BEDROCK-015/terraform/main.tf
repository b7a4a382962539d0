# BEDROCK-015: AgentCore policy engines in Terraform: no key and an AWS-managed key fire; a key of
# the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagentcore_policy_engine" "no_key" { # expect: BEDROCK-015
  name = "support_policies"
}

resource "aws_bedrockagentcore_policy_engine" "aws_managed_key" {
  name = "support_policies"
  encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-015
}

resource "aws_bedrockagentcore_policy_engine" "customer_managed_key" {
  name = "support_policies"
  encryption_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_policy_engine" "literal_key_arn" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_policy_engine" "key_from_variable" {
  name = "support_policies"
  encryption_key_arn = var.key_arn # expect: BEDROCK-015 unknown
}

resource "awscc_bedrockagentcore_policy_engine" "no_key" { # expect: BEDROCK-015
  name = "support_policies"
}

resource "awscc_bedrockagentcore_policy_engine" "aws_managed_key" {
  name = "support_policies"
  encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-015
}

resource "awscc_bedrockagentcore_policy_engine" "customer_managed_key" {
  name = "support_policies"
  encryption_key_arn = aws_kms_key.k.arn
}

resource "awscc_bedrockagentcore_policy_engine" "literal_key_arn" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_policy_engine" "key_from_variable" {
  name = "support_policies"
  encryption_key_arn = var.key_arn # expect: BEDROCK-015 unknown
}
