# KMS-010 on keys of every kind: a replica key is Multi-Region by nature and fires when an agent
# uses it; an external key fires when multi_region is true, and is silent when it is not.
resource "aws_kms_external_key" "external_multi_region" { # expect: KMS-010
  multi_region = true
}

resource "aws_bedrockagent_agent" "external_multi_region_user0" {
  agent_name = "external_multi_region_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_multi_region.arn
}

resource "aws_kms_external_key" "external_single_region" {
  multi_region = false
}

resource "aws_bedrockagent_agent" "external_single_region_user0" {
  agent_name = "external_single_region_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_single_region.arn
}

resource "aws_kms_replica_key" "replica_multi_region" { # expect: KMS-010
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_multi_region_user0" {
  agent_name = "replica_multi_region_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_multi_region.arn
}

resource "aws_kms_replica_external_key" "replica_external_multi_region" { # expect: KMS-010
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_external_multi_region_user0" {
  agent_name = "replica_external_multi_region_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_multi_region.arn
}

resource "awscc_kms_replica_key" "cc_replica_multi_region" { # expect: KMS-010
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "cc_replica_multi_region_user0" {
  agent_name = "cc_replica_multi_region_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_multi_region.arn
}
