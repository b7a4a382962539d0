# Agents whose session data AWS encrypts with a key it owns or manages: each must fire.
variable "managed_key" {
  type    = string
  default = "alias/aws/bedrock"
}

variable "nullable_key" {
  type    = string
  default = null
}

variable "use_cmk" {
  type = bool
}

locals {
  aws_managed = "arn:aws:kms:${data.aws_region.current.name}:${data.aws_caller_identity.me.account_id}:alias/aws/bedrock"
}

resource "aws_kms_key" "agents" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_agent" "no_key" { # expect: BEDROCK-001
  agent_name = "no-key"
}

resource "aws_bedrockagent_agent" "managed_alias" {
  agent_name                  = "managed"
  customer_encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "from_variable" {
  customer_encryption_key_arn = var.managed_key # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "null_default" {
  customer_encryption_key_arn = var.nullable_key # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "from_local" {
  customer_encryption_key_arn = local.aws_managed # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "null_branch" {
  customer_encryption_key_arn = var.use_cmk ? aws_kms_key.agents.arn : null # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "counted" {
  count                       = 2
  customer_encryption_key_arn = "" # expect: BEDROCK-001
}
