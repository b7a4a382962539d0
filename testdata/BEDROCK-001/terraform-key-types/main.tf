# BEDROCK-001: a replica key or a key with imported material is a customer-managed KMS key like any
# other: agents encrypted with one are silent.
resource "aws_kms_replica_key" "replica" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_kms_external_key" "imported" {
}

resource "aws_kms_replica_external_key" "imported_replica" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "awscc_kms_replica_key" "replica" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  key_policy      = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_bedrockagent_agent" "on_replica" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/agent"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica.arn
}

resource "aws_bedrockagent_agent" "on_imported" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/agent"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.imported.arn
}

resource "aws_bedrockagent_agent" "on_imported_replica" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/agent"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.imported_replica.arn
}

resource "awscc_bedrock_agent" "on_awscc_replica" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/agent"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.replica.arn
}
