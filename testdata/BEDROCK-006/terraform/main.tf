# BEDROCK-006: guardrails in Terraform (aws and awscc providers): no key and an AWS-managed key
# fire; a key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrock_guardrail" "no_key" { # expect: BEDROCK-006
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
}

resource "aws_bedrock_guardrail" "aws_managed_key" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "alias/aws/bedrock" # expect: BEDROCK-006
}

resource "aws_bedrock_guardrail" "customer_managed_key" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = aws_kms_key.k.arn
}

resource "aws_bedrock_guardrail" "literal_key_arn" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_guardrail" "key_from_variable" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = var.key_arn # expect: BEDROCK-006 unknown
}

resource "awscc_bedrock_guardrail" "no_key" { # expect: BEDROCK-006
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
}

resource "awscc_bedrock_guardrail" "aws_managed_key" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "alias/aws/bedrock" # expect: BEDROCK-006
}

resource "awscc_bedrock_guardrail" "customer_managed_key" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = aws_kms_key.k.arn
}

resource "awscc_bedrock_guardrail" "literal_key_arn" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_guardrail" "key_from_variable" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = var.key_arn # expect: BEDROCK-006 unknown
}
