variable "name" {
  type = string
}

variable "kms_key_arn" {
  type    = string
  default = null
}

resource "aws_bedrockagent_agent" "this" {
  agent_name                  = var.name
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = var.kms_key_arn
}
