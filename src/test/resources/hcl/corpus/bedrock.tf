variable "kms_key_arn" {
  type        = string
  default     = null
  description = "Customer-managed key for agent sessions"
}

locals {
  tags = {
    owner            = "ml-platform"
    cost-center      = "cc-1234"
    data-sensitivity = "confidential"
  }
}

resource "aws_kms_key" "agents" {
  description             = "Bedrock agents"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowBedrock"
      Effect    = "Allow"
      Principal = { Service = "bedrock.amazonaws.com" }
      Action    = ["kms:GenerateDataKey", "kms:Decrypt"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
  tags = merge(local.tags, { Name = "agents" })
}

resource "aws_bedrockagent_agent" "support" {
  count                       = var.enabled ? 1 : 0
  agent_name                  = "support-${count.index}"
  agent_resource_role_arn     = aws_iam_role.agent.arn
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = coalesce(var.kms_key_arn, aws_kms_key.agents.arn)
  tags                        = local.tags
}

module "knowledge_base" {
  source      = "./modules/kb"
  kms_key_arn = aws_kms_key.agents.arn
}

data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Admins"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
