# KMS-002 in Terraform: key policies written with jsonencode, aws_iam_policy_document, a heredoc,
# the separate aws_kms_key_policy resource, and the awscc provider's key_policy.
data "aws_caller_identity" "current" {}

resource "aws_kms_key" "jsonencode_open" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIam"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      { # expect: KMS-002
        Sid       = "Everyone"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["kms:Decrypt"]
        Resource  = "*"
      },
    ]
  })
}

data "aws_iam_policy_document" "open" {
  statement {
    sid     = "Root"
    actions = ["kms:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    resources = ["*"]
  }
  statement { # expect: KMS-002
    sid     = "AnyoneWithIfExists"
    actions = ["kms:Decrypt"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEqualsIfExists"
      variable = "kms:CallerAccount"
      values   = ["111122223333"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "policy_document_open" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.open.json
}

data "aws_iam_policy_document" "pinned" {
  statement {
    sid     = "OrgOnly"
    actions = ["kms:Decrypt"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123def4"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "policy_document_pinned" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.pinned.json
}

resource "aws_kms_key" "attached_open" {
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "attached_open" {
  key_id = aws_kms_key.attached_open.id
  policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"kms:*\"}]}" # expect: KMS-002
}

resource "aws_kms_key" "default_policy" {
  enable_key_rotation = true
}

resource "awscc_kms_key" "open" {
  enable_key_rotation = true
  key_policy = {
    Statement = [{ # expect: KMS-002
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = "kms:Decrypt"
      Resource  = "*"
    }]
  }
}

resource "awscc_kms_key" "pinned" {
  enable_key_rotation = true
  key_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = { StringEquals = { "kms:CallerAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
}
