# KMS-004 in Terraform: service grants written with aws_iam_policy_document and jsonencode.
data "aws_iam_policy_document" "unguarded" {
  statement { # expect: KMS-004
    sid     = "Bedrock"
    actions = ["kms:GenerateDataKey", "kms:Decrypt"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "unguarded" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.unguarded.json
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "guarded" {
  statement {
    sid     = "Bedrock"
    actions = ["kms:GenerateDataKey", "kms:Decrypt"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "guarded" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.guarded.json
}

resource "awscc_kms_key" "unguarded" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{ # expect: KMS-004
      Effect    = "Allow"
      Principal = { Service = "bedrock.amazonaws.com" }
      Action    = ["kms:Decrypt"]
      Resource  = "*"
    }]
  })
}

resource "awscc_kms_key" "guarded" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "bedrock.amazonaws.com" }
      Action    = ["kms:Decrypt"]
      Resource  = "*"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:bedrock:us-east-1:111122223333:knowledge-base/*" } }
    }]
  })
}
