# KMS-003 in Terraform (aws and awscc): grants in the key policy, or in the role's IAM policies
# (aws_iam_role_policy) when the key policy is the default one that delegates to the account.
data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "kb" {
  name               = "kb"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role" "custom_model" {
  name               = "custom-model"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "kb_kms" {
  role = aws_iam_role.kb.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["kms:GenerateDataKey", "kms:Decrypt"], Resource = aws_kms_key.default_policy.arn }]
  })
}

# The default key policy delegates to the account; the knowledge base's role grants itself: silent.
resource "aws_kms_key" "default_policy" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_knowledge_base" "docs" {
  name     = "docs"
  role_arn = aws_iam_role.kb.arn
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = aws_kms_key.default_policy.arn
      }
    }
  }
}

# The key policy grants the training role decrypt but not the grants a custom model needs: fires.
resource "aws_kms_key" "training" { # expect: KMS-003
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [
      {
        Sid       = "Training"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.custom_model.arn }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_bedrock_custom_model" "orders" {
  custom_model_name       = "orders"
  role_arn                = aws_iam_role.custom_model.arn
  custom_model_kms_key_id = aws_kms_key.training.arn
}

# The awscc key grants the Bedrock service everything a guardrail needs: silent.
resource "awscc_kms_key" "guardrails" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "bedrock.amazonaws.com" }
      Action    = ["kms:GenerateDataKey", "kms:Decrypt", "kms:DescribeKey", "kms:CreateGrant"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}

resource "awscc_bedrock_guardrail" "support" {
  name        = "support"
  kms_key_arn = awscc_kms_key.guardrails.arn
}

# The awscc key grants only an administrator: fires.
resource "awscc_kms_key" "admin_only" { # expect: KMS-003
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/key-admin" }
      Action    = ["kms:Put*", "kms:Describe*"]
      Resource  = "*"
    }]
  })
}

resource "awscc_bedrock_prompt" "support" {
  name                        = "support"
  customer_encryption_key_arn = awscc_kms_key.admin_only.arn
}
