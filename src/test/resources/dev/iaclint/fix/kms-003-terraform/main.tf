# KMS-003 in Terraform: the key has the default policy, and the agent's role, declared here,
# has no IAM policy for the key: the fix writes a key policy that keeps the account's
# administration and grants the role.
resource "aws_iam_role" "agent" {
  name = "orders-agent"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "bedrock.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_kms_key" "orders" {
  enable_key_rotation = true
  tags = {
    owner            = "orders-team"
    project          = "orders"
    cost-center      = "4711"
    data-sensitivity = "confidential"
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "orders" {
  agent_name                  = "orders"
  agent_resource_role_arn     = aws_iam_role.agent.arn
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.orders.arn
  tags = {
    owner            = "orders-team"
    project          = "orders"
    cost-center      = "4711"
    data-sensitivity = "confidential"
  }
}
