variable "kms_key_arn" {
  type    = string
  default = null
}

resource "aws_bedrockagent_agent" "this" {
  agent_name                  = "assistant"
  customer_encryption_key_arn = var.kms_key_arn
}
