# BEDROCK-011: AgentCore memories in Terraform (aws and awscc providers): no key and an AWS-managed
# key fire; a key of the module or a literal key ARN is silent; a variable without a default is
# unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagentcore_memory" "no_key" { # expect: BEDROCK-011
  name                  = "support_memory"
  event_expiry_duration = 30
}

resource "aws_bedrockagentcore_memory" "aws_managed_key" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "alias/aws/bedrock" # expect: BEDROCK-011
}

resource "aws_bedrockagentcore_memory" "customer_managed_key" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_memory" "literal_key_arn" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_memory" "key_from_variable" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = var.key_arn # expect: BEDROCK-011 unknown
}

resource "awscc_bedrockagentcore_memory" "no_key" { # expect: BEDROCK-011
  name                  = "support_memory"
  event_expiry_duration = 30
}

resource "awscc_bedrockagentcore_memory" "aws_managed_key" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "alias/aws/bedrock" # expect: BEDROCK-011
}

resource "awscc_bedrockagentcore_memory" "customer_managed_key" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = aws_kms_key.k.arn
}

resource "awscc_bedrockagentcore_memory" "literal_key_arn" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_memory" "key_from_variable" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = var.key_arn # expect: BEDROCK-011 unknown
}
