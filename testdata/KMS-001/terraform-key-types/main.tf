# KMS-001 on keys of every kind: AWS cannot rotate imported (EXTERNAL) key material, and a replica
# takes its primary's rotation: none of these keys fires, though none turns rotation on.
resource "aws_kms_external_key" "external_no_rotation_used" {
}

resource "aws_bedrockagent_agent" "external_no_rotation_used_user0" {
  agent_name = "external_no_rotation_used_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_no_rotation_used.arn
}

resource "aws_kms_replica_key" "replica_no_rotation_used" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_no_rotation_used_user0" {
  agent_name = "replica_no_rotation_used_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_no_rotation_used.arn
}

resource "aws_kms_replica_external_key" "replica_external_no_rotation_used" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_external_no_rotation_used_user0" {
  agent_name = "replica_external_no_rotation_used_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_no_rotation_used.arn
}

resource "awscc_kms_replica_key" "cc_replica_no_rotation_used" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "cc_replica_no_rotation_used_user0" {
  agent_name = "cc_replica_no_rotation_used_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_no_rotation_used.arn
}
