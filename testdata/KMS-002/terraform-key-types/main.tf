# KMS-002 on keys of every kind: a statement open to any principal fires; the account's own is
# silent.
resource "aws_kms_external_key" "external_open" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
      { # expect: KMS-002
        Sid = "Anyone"
        Effect = "Allow"
        Principal = "*"
        Action = "kms:Decrypt"
        Resource = "*"
      },
    ]
  })
}

resource "aws_kms_external_key" "external_account_only" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_kms_replica_key" "replica_open" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
      { # expect: KMS-002
        Sid = "Anyone"
        Effect = "Allow"
        Principal = "*"
        Action = "kms:Decrypt"
        Resource = "*"
      },
    ]
  })
}

resource "aws_kms_replica_key" "replica_account_only" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_kms_replica_external_key" "replica_external_open" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
      { # expect: KMS-002
        Sid = "Anyone"
        Effect = "Allow"
        Principal = "*"
        Action = "kms:Decrypt"
        Resource = "*"
      },
    ]
  })
}

resource "aws_kms_replica_external_key" "replica_external_account_only" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
    ]
  })
}

resource "awscc_kms_replica_key" "cc_replica_open" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  key_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
      { # expect: KMS-002
        Sid = "Anyone"
        Effect = "Allow"
        Principal = "*"
        Action = "kms:Decrypt"
        Resource = "*"
      },
    ]
  })
}

resource "awscc_kms_replica_key" "cc_replica_account_only" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  key_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "AccountAdmin"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:root"
        }
        Action = "kms:*"
        Resource = "*"
      },
    ]
  })
}
