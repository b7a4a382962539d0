# Agent keys written through pure functions of literals: known values, classified as any literal.
locals {
  keys = {
    agent = format("alias/aws/%s", "bedrock")
    other = "alias/agents"
  }
}

resource "aws_bedrockagent_agent" "formatted_managed_alias" {
  customer_encryption_key_arn = format("alias/aws/%s", "bedrock") # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "trimmed_managed_alias" {
  customer_encryption_key_arn = trimspace("  alias/aws/bedrock  ") # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "managed_alias_by_key" {
  customer_encryption_key_arn = local.keys["agent"] # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "customer_alias_by_key" {
  customer_encryption_key_arn = local.keys["other"]
}

resource "aws_bedrockagent_agent" "customer_alias_joined" {
  customer_encryption_key_arn = join("/", ["alias", "agents"])
}

# A KMS data source is the key its key_id or name looks up.
data "aws_kms_key" "managed" {
  key_id = format("alias/aws/%s", "bedrock")
}

data "aws_kms_alias" "customer" {
  name = "alias/agents"
}

resource "aws_bedrockagent_agent" "managed_key_data_source" {
  customer_encryption_key_arn = data.aws_kms_key.managed.arn # expect: BEDROCK-001
}

resource "aws_bedrockagent_agent" "customer_alias_data_source" {
  customer_encryption_key_arn = data.aws_kms_alias.customer.target_key_arn
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  agent_keys = { prod = "alias/aws/bedrock", dev = "alias/agents-dev" }
}

resource "aws_bedrockagent_agent" "managed_alias_by_computed_key" {
  customer_encryption_key_arn = local.agent_keys[var.environment] # expect: BEDROCK-001
}
