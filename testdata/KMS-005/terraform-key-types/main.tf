# KMS-005 on keys of every kind: a role that both uses and administers the key fires; the account
# root's kms:* is silent.
resource "aws_kms_external_key" "external_both_duties" {
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
      { # expect: KMS-005
        Sid = "AppAdminAndUser"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/app"
        }
        Action = [
          "kms:Decrypt",
          "kms:PutKeyPolicy",
        ]
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

resource "aws_kms_replica_key" "replica_both_duties" {
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
      { # expect: KMS-005
        Sid = "AppAdminAndUser"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/app"
        }
        Action = [
          "kms:Decrypt",
          "kms:PutKeyPolicy",
        ]
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

resource "aws_kms_replica_external_key" "replica_external_both_duties" {
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
      { # expect: KMS-005
        Sid = "AppAdminAndUser"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/app"
        }
        Action = [
          "kms:Decrypt",
          "kms:PutKeyPolicy",
        ]
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

resource "awscc_kms_replica_key" "cc_replica_both_duties" {
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
      { # expect: KMS-005
        Sid = "AppAdminAndUser"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/app"
        }
        Action = [
          "kms:Decrypt",
          "kms:PutKeyPolicy",
        ]
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
