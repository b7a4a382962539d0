# KMS-008 in Terraform (aws and awscc): keys shared across projects fire; per-project keys are silent.
resource "aws_kms_key" "shared" { # expect: KMS-008
  enable_key_rotation = true
}

resource "aws_kms_key" "orders" {
  enable_key_rotation = true
}

resource "awscc_kms_key" "shared" { # expect: KMS-008
  enable_key_rotation = true
}

resource "awscc_kms_key" "orders" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_agent" "orders" {
  agent_name                  = "orders"
  customer_encryption_key_arn = aws_kms_key.shared.arn
  tags                        = { project = "orders" }
}

resource "aws_bedrock_guardrail" "returns" {
  name        = "returns"
  kms_key_arn = aws_kms_key.shared.arn
  tags        = { project = "returns" }
}

resource "aws_bedrockagent_prompt" "orders" {
  name                        = "orders"
  customer_encryption_key_arn = aws_kms_key.orders.arn
  tags                        = { Project = "orders" }
}

resource "awscc_bedrock_agent" "orders" {
  agent_name                  = "orders"
  customer_encryption_key_arn = awscc_kms_key.shared.arn
  tags                        = { project = "orders" }
}

resource "awscc_bedrock_guardrail" "returns" {
  name        = "returns"
  kms_key_arn = awscc_kms_key.shared.arn
  tags        = [{ key = "project", value = "returns" }]
}

resource "awscc_bedrock_prompt" "orders" {
  name                        = "orders"
  customer_encryption_key_arn = awscc_kms_key.orders.arn
  tags                        = { project = "orders" }
}
