# KMS-005 in Terraform: "*" pinned to the account with kms:* mixes duties; principals built from
# variables without default are unknown.
variable "account_id" {
  type = string
}

variable "key_manager" {
  type = string
}

data "aws_iam_policy_document" "account_wide" {
  statement { # expect: KMS-005
    sid     = "Account"
    actions = ["kms:*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = [var.account_id]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "account_wide" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.account_wide.json
}

resource "aws_kms_key" "partly_known_manager" {
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [{ # expect: KMS-005 unknown
      Sid       = "Manager"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${var.account_id}:${var.key_manager}" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "variable_manager" {
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [{ # expect: KMS-005 unknown
      Sid       = "Manager"
      Effect    = "Allow"
      Principal = { AWS = var.key_manager }
      Action    = ["kms:Decrypt", "kms:ScheduleKeyDeletion"]
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "known_roles" {
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:role/key-admin" }
        Action    = ["kms:Put*", "kms:Disable*"]
        Resource  = "*"
      },
      {
        Sid       = "App"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:role/app" }
        Action    = ["kms:Decrypt"]
        Resource  = "*"
      },
    ]
  })
}
