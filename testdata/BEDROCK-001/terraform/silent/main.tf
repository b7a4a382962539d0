# Agents under a customer-managed key: none may fire.
variable "key_arn" {
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "enabled" {
  default = true
}

variable "nullable" {
  default = null
}

locals {
  key = aws_kms_key.agents.arn
}

resource "aws_kms_key" "agents" {
  enable_key_rotation = true
}

resource "aws_kms_key" "per_tenant" {
  count = 2
}

resource "aws_kms_alias" "agents" {
  name          = "alias/agents"
  target_key_id = aws_kms_key.agents.key_id
}

resource "aws_bedrockagent_agent" "direct" {
  customer_encryption_key_arn = aws_kms_key.agents.arn
}

resource "aws_bedrockagent_agent" "indexed" {
  customer_encryption_key_arn = aws_kms_key.per_tenant[0].arn
}

resource "aws_bedrockagent_agent" "via_local" {
  customer_encryption_key_arn = local.key
}

resource "aws_bedrockagent_agent" "via_variable" {
  customer_encryption_key_arn = var.key_arn
}

resource "aws_bedrockagent_agent" "alias_resource" {
  customer_encryption_key_arn = aws_kms_alias.agents.arn
}

resource "aws_bedrockagent_agent" "decided" {
  customer_encryption_key_arn = var.enabled ? aws_kms_key.agents.arn : null
}

resource "aws_bedrockagent_agent" "coalesced" {
  customer_encryption_key_arn = coalesce(var.nullable, aws_kms_key.agents.arn)
}

resource "aws_bedrockagent_agent" "interpolated" {
  customer_encryption_key_arn = "${aws_kms_key.agents.arn}"
}

resource "aws_s3_bucket" "not_an_agent" {
  bucket = "not-checked"
}
