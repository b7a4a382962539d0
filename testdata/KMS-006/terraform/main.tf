# KMS-006 in Terraform: keys that Bedrock resources use need lifecycle { prevent_destroy = true }
# and a 30-day deletion window.
resource "aws_kms_key" "destroyable" { # expect: KMS-006
  enable_key_rotation = true
}

resource "aws_kms_key" "short_window" { # expect: KMS-006
  enable_key_rotation     = true
  deletion_window_in_days = 10
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key" "protected" {
  enable_key_rotation     = true
  deletion_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key" "unused" {
  enable_key_rotation = true
}

resource "awscc_kms_key" "destroyable" { # expect: KMS-006
  enable_key_rotation = true
}

resource "awscc_kms_key" "protected" {
  enable_key_rotation    = true
  pending_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "a" {
  agent_name                  = "a"
  customer_encryption_key_arn = aws_kms_key.destroyable.arn
}

resource "aws_bedrock_guardrail" "g" {
  name        = "g"
  kms_key_arn = aws_kms_key.short_window.arn
}

resource "aws_bedrock_custom_model" "m" {
  custom_model_name       = "m"
  custom_model_kms_key_id = aws_kms_key.protected.arn
}

resource "awscc_bedrock_prompt" "p" {
  name                        = "p"
  customer_encryption_key_arn = awscc_kms_key.destroyable.arn
}

resource "awscc_bedrock_guardrail" "g" {
  name        = "g"
  kms_key_arn = awscc_kms_key.protected.arn
}
