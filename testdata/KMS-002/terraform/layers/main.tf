# KMS-002 through layered aws_iam_policy_document: a statement of a source or override document
# is in the key's policy unless a statement with the same sid replaces it.
data "aws_iam_policy_document" "base" {
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
    sid     = "Everyone"
    actions = ["kms:Decrypt"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "on_open_base" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid     = "Agents"
    actions = ["kms:Encrypt"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "on_open_base" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.on_open_base.json
}

data "aws_iam_policy_document" "closing_the_base" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid     = "Everyone"
    actions = ["kms:Decrypt"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reader"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "closing_the_base" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.closing_the_base.json
}

data "aws_iam_policy_document" "closed" {
  statement {
    sid     = "Root"
    actions = ["kms:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "opened_by_override" {
  source_policy_documents   = [data.aws_iam_policy_document.closed.json]
  override_policy_documents = [jsonencode({
    Statement = [{ # expect: KMS-002
      Sid       = "Root"
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:*"
      Resource  = "*"
    }]
  })]
}

resource "aws_kms_key" "opened_by_override" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.opened_by_override.json
}
