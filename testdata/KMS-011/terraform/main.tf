# KMS-011 in Terraform (aws and awscc): a disabled key that Bedrock resources use is reported; an enabled one, or an unused disabled one, is not.
resource "aws_kms_key" "reported" { # expect: KMS-011
  enable_key_rotation = true
  is_enabled = false
}

resource "aws_kms_key" "fine" {
  enable_key_rotation = true
  is_enabled = true
}

resource "aws_kms_key" "unused" {
  enable_key_rotation = true
  is_enabled = false
}

resource "awscc_kms_key" "reported" { # expect: KMS-011
  enable_key_rotation = true
  enabled = false
}

resource "awscc_kms_key" "fine" {
  enable_key_rotation = true
  enabled = true
}

resource "aws_bedrockagent_data_source" "docs" {
  name = "docs"
  server_side_encryption_configuration {
    kms_key_arn = aws_kms_key.reported.arn
  }
}

resource "aws_bedrock_evaluation_job" "quality" {
  name                        = "quality"
  customer_encryption_key_id = aws_kms_key.fine.arn
}

resource "awscc_bedrock_guardrail" "reported" {
  name        = "g1"
  kms_key_arn = awscc_kms_key.reported.arn
}

resource "awscc_bedrock_guardrail" "fine" {
  name        = "g2"
  kms_key_arn = awscc_kms_key.fine.arn
}
