# count and for_each decide what exists: nothing is reported on what is never created, and each
# instance is checked with its own count.index, each.key and each.value.
provider "aws" {
  region = "eu-west-1"
}

variable "create_sandbox" {
  type    = bool
  default = false
}

locals {
  tenants = {
    acme    = { key = aws_kms_key.tenants.arn }
    initech = { key = "alias/aws/bedrock" } # expect: BEDROCK-001
  }
}

resource "aws_kms_key" "tenants" {
  enable_key_rotation = true
}

# Never created: a count of zero, a false condition, an empty collection.
resource "aws_bedrockagent_agent" "disabled" {
  count      = 0
  agent_name = "disabled"
}

resource "aws_bedrockagent_agent" "sandbox" {
  count      = var.create_sandbox ? 1 : 0
  agent_name = "sandbox"
}

resource "aws_bedrockagent_agent" "nobody" {
  for_each   = {}
  agent_name = each.key
}

# One instance per tenant: initech's key is AWS-managed, acme's is the customer-managed key.
resource "aws_bedrockagent_agent" "tenant" {
  for_each                    = local.tenants
  agent_name                  = each.key
  customer_encryption_key_arn = each.value.key
}

# Two instances of one block, both without a key.
resource "aws_bedrockagent_agent" "pair" { # expect: BEDROCK-001
  count      = 2
  agent_name = "pair-${count.index}"
}
