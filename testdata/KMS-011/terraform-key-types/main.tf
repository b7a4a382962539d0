# KMS-011 on keys of every kind: a disabled key an agent uses fires; an enabled one is silent.
resource "aws_kms_external_key" "external_disabled" { # expect: KMS-011
  enabled = false
}

resource "aws_bedrockagent_agent" "external_disabled_user0" {
  agent_name = "external_disabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_disabled.arn
}

resource "aws_kms_external_key" "external_enabled" {
  enabled = true
}

resource "aws_bedrockagent_agent" "external_enabled_user0" {
  agent_name = "external_enabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_enabled.arn
}

resource "aws_kms_replica_key" "replica_disabled" { # expect: KMS-011
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = false
}

resource "aws_bedrockagent_agent" "replica_disabled_user0" {
  agent_name = "replica_disabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_disabled.arn
}

resource "aws_kms_replica_key" "replica_enabled" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = true
}

resource "aws_bedrockagent_agent" "replica_enabled_user0" {
  agent_name = "replica_enabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_enabled.arn
}

resource "aws_kms_replica_external_key" "replica_external_disabled" { # expect: KMS-011
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = false
}

resource "aws_bedrockagent_agent" "replica_external_disabled_user0" {
  agent_name = "replica_external_disabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_disabled.arn
}

resource "aws_kms_replica_external_key" "replica_external_enabled" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = true
}

resource "aws_bedrockagent_agent" "replica_external_enabled_user0" {
  agent_name = "replica_external_enabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_enabled.arn
}

resource "awscc_kms_replica_key" "cc_replica_disabled" { # expect: KMS-011
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = false
}

resource "aws_bedrockagent_agent" "cc_replica_disabled_user0" {
  agent_name = "cc_replica_disabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_disabled.arn
}

resource "awscc_kms_replica_key" "cc_replica_enabled" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  enabled = true
}

resource "aws_bedrockagent_agent" "cc_replica_enabled_user0" {
  agent_name = "cc_replica_enabled_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_enabled.arn
}
