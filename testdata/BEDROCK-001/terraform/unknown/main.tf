# Agents whose key depends on an input with no value here: unknown, not failures.
variable "key_arn" {
  type = string
}

module "keys" {
  source = "terraform-aws-modules/kms/aws"
}

resource "aws_bedrockagent_agent" "from_input" {
  customer_encryption_key_arn = var.key_arn # expect: BEDROCK-001 unknown
}

resource "aws_bedrockagent_agent" "from_remote_module" {
  customer_encryption_key_arn = module.keys.key_arn # expect: BEDROCK-001 unknown
}

resource "aws_bedrockagent_agent" "from_data_source" {
  customer_encryption_key_arn = data.aws_kms_key.shared.arn # expect: BEDROCK-001 unknown
}
