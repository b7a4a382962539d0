variable "key_arn" {
  type = string
}

resource "aws_bedrockagent_agent" "this" {
  agent_name                  = "agent"
  customer_encryption_key_arn = var.key_arn # expect: KMS-009
}
