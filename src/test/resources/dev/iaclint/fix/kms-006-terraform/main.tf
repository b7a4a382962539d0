# KMS-006: keys of agents that terraform destroy would take with it.
resource "aws_kms_key" "session" {
  enable_key_rotation     = true
  deletion_window_in_days = 7
}

resource "aws_kms_key" "draft" {
  enable_key_rotation = true

  lifecycle {
    ignore_changes = [description]
  }
}

resource "aws_bedrockagent_agent" "support" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.session.arn
}

resource "aws_bedrockagent_agent" "draft" {
  agent_name                  = "support-draft"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.draft.arn
}
