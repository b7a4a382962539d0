# KMS-006 on keys of every kind: a key an agent uses with a 7-day deletion window fires; retained
# with 30 days, silent.
resource "aws_kms_external_key" "external_short_window" { # expect: KMS-006
  deletion_window_in_days = 7
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "external_short_window_user0" {
  agent_name = "external_short_window_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_short_window.arn
}

resource "aws_kms_external_key" "external_retained" {
  deletion_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "external_retained_user0" {
  agent_name = "external_retained_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_retained.arn
}

resource "aws_kms_replica_key" "replica_short_window" { # expect: KMS-006
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  deletion_window_in_days = 7
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "replica_short_window_user0" {
  agent_name = "replica_short_window_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_short_window.arn
}

resource "aws_kms_replica_key" "replica_retained" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  deletion_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "replica_retained_user0" {
  agent_name = "replica_retained_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_retained.arn
}

resource "aws_kms_replica_external_key" "replica_external_short_window" { # expect: KMS-006
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  deletion_window_in_days = 7
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "replica_external_short_window_user0" {
  agent_name = "replica_external_short_window_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_short_window.arn
}

resource "aws_kms_replica_external_key" "replica_external_retained" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  deletion_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "replica_external_retained_user0" {
  agent_name = "replica_external_retained_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_retained.arn
}

resource "awscc_kms_replica_key" "cc_replica_short_window" { # expect: KMS-006
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  pending_window_in_days = 7
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "cc_replica_short_window_user0" {
  agent_name = "cc_replica_short_window_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_short_window.arn
}

resource "awscc_kms_replica_key" "cc_replica_retained" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  pending_window_in_days = 30
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_bedrockagent_agent" "cc_replica_retained_user0" {
  agent_name = "cc_replica_retained_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_retained.arn
}
