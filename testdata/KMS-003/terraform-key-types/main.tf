# KMS-003 on keys of every kind: a key an agent uses whose policy grants Bedrock nothing fires;
# one that grants it the agent's actions is silent.
resource "aws_kms_external_key" "external_no_grant" { # expect: KMS-003
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "Audit"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/audit"
        }
        Action = "kms:DescribeKey"
        Resource = "*"
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "external_no_grant_user0" {
  agent_name = "external_no_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_no_grant.arn
}

resource "aws_kms_external_key" "external_bedrock_grant" {
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
      {
        Sid = "Bedrock"
        Effect = "Allow"
        Principal = {
          Service = "bedrock.amazonaws.com"
        }
        Action = [
          "kms:GenerateDataKey",
          "kms:Decrypt",
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = "111122223333"
          }
        }
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "external_bedrock_grant_user0" {
  agent_name = "external_bedrock_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_bedrock_grant.arn
}

resource "aws_kms_replica_key" "replica_no_grant" { # expect: KMS-003
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "Audit"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/audit"
        }
        Action = "kms:DescribeKey"
        Resource = "*"
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "replica_no_grant_user0" {
  agent_name = "replica_no_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_no_grant.arn
}

resource "aws_kms_replica_key" "replica_bedrock_grant" {
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
      {
        Sid = "Bedrock"
        Effect = "Allow"
        Principal = {
          Service = "bedrock.amazonaws.com"
        }
        Action = [
          "kms:GenerateDataKey",
          "kms:Decrypt",
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = "111122223333"
          }
        }
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "replica_bedrock_grant_user0" {
  agent_name = "replica_bedrock_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_bedrock_grant.arn
}

resource "aws_kms_replica_external_key" "replica_external_no_grant" { # expect: KMS-003
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "Audit"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/audit"
        }
        Action = "kms:DescribeKey"
        Resource = "*"
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "replica_external_no_grant_user0" {
  agent_name = "replica_external_no_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_no_grant.arn
}

resource "aws_kms_replica_external_key" "replica_external_bedrock_grant" {
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
      {
        Sid = "Bedrock"
        Effect = "Allow"
        Principal = {
          Service = "bedrock.amazonaws.com"
        }
        Action = [
          "kms:GenerateDataKey",
          "kms:Decrypt",
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = "111122223333"
          }
        }
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "replica_external_bedrock_grant_user0" {
  agent_name = "replica_external_bedrock_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_bedrock_grant.arn
}

resource "awscc_kms_replica_key" "cc_replica_no_grant" { # expect: KMS-003
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  key_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid = "Audit"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111122223333:role/audit"
        }
        Action = "kms:DescribeKey"
        Resource = "*"
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "cc_replica_no_grant_user0" {
  agent_name = "cc_replica_no_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_no_grant.arn
}

resource "awscc_kms_replica_key" "cc_replica_bedrock_grant" {
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
      {
        Sid = "Bedrock"
        Effect = "Allow"
        Principal = {
          Service = "bedrock.amazonaws.com"
        }
        Action = [
          "kms:GenerateDataKey",
          "kms:Decrypt",
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = "111122223333"
          }
        }
      },
    ]
  })
}

resource "aws_bedrockagent_agent" "cc_replica_bedrock_grant_user0" {
  agent_name = "cc_replica_bedrock_grant_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_bedrock_grant.arn
}
