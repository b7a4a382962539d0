# BEDROCK-001 and -006 in Terraform: an agent with its role in the module, a guardrail without one.
resource "aws_iam_role" "agent" {
  name = "billing-agent"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "bedrock.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_bedrockagent_agent" "billing" {
  agent_name              = "billing"
  agent_resource_role_arn = aws_iam_role.agent.arn
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  tags = {
    owner            = "billing-team"
    project          = "billing"
    cost-center      = "4712"
    data-sensitivity = "restricted"
  }
}

resource "aws_bedrock_guardrail" "billing" {
  name                      = "billing"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "alias/aws/bedrock" # AWS-managed
  tags = {
    owner            = "billing-team"
    project          = "billing"
    cost-center      = "4712"
    data-sensitivity = "restricted"
  }
}
