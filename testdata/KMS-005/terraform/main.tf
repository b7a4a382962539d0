# KMS-005 in Terraform: duties mixed through aws_iam_policy_document, jsonencode and the awscc key_policy.
resource "aws_iam_role" "bedrock" {
  name               = "bedrock-kb"
  assume_role_policy = "{}"
}

data "aws_iam_policy_document" "mixed" {
  statement {
    sid     = "Use"
    actions = ["kms:Decrypt", "kms:GenerateDataKey"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.bedrock.arn]
    }
    resources = ["*"]
  }
  statement { # expect: KMS-005
    sid     = "Administer"
    actions = ["kms:PutKeyPolicy"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.bedrock.arn]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "mixed" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.mixed.json
}

resource "aws_kms_key" "separated" {
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/key-admin" }
        Action    = ["kms:Put*", "kms:ScheduleKeyDeletion", "kms:Disable*"]
        Resource  = "*"
      },
      {
        Sid       = "Use"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.bedrock.arn }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
      },
    ]
  })
}

resource "awscc_kms_key" "mixed" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{ # expect: KMS-005
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "awscc_kms_key" "root_only" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
