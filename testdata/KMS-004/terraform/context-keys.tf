# KMS-004: kms:EncryptionContextKeys is no confused-deputy guard, in aws_iam_policy_document and jsonencode.
data "aws_iam_policy_document" "context_keys" {
  statement { # expect: KMS-004
    sid     = "Bedrock"
    actions = ["kms:GenerateDataKey", "kms:Decrypt"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:EncryptionContextKeys"
      values   = ["aws:bedrock:arn"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "context_keys" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.context_keys.json
}

resource "aws_kms_key" "context_value" {
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [{
      Sid       = "Bedrock"
      Effect    = "Allow"
      Principal = { Service = "bedrock.amazonaws.com" }
      Action    = ["kms:Decrypt"]
      Resource  = "*"
      Condition = {
        "ForAnyValue:StringEquals" = { "kms:EncryptionContextKeys" = "aws:bedrock:arn" }
        StringEquals               = { "kms:EncryptionContext:aws:bedrock:arn" = "arn:aws:bedrock:us-east-1:111122223333:agent/A1" }
      }
    }]
  })
}
