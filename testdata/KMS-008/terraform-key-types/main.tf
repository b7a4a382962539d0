# KMS-008 on keys of every kind: a key agents of two projects share fires; one project's agents
# sharing it is silent.
resource "aws_kms_external_key" "external_shared_by_projects" { # expect: KMS-008
}

resource "aws_bedrockagent_agent" "external_shared_by_projects_user0" {
  agent_name = "external_shared_by_projects_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_shared_by_projects.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "external_shared_by_projects_user1" {
  agent_name = "external_shared_by_projects_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_shared_by_projects.arn
  tags = {
    project = "billing"
  }
}

resource "aws_kms_external_key" "external_one_project" {
}

resource "aws_bedrockagent_agent" "external_one_project_user0" {
  agent_name = "external_one_project_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "external_one_project_user1" {
  agent_name = "external_one_project_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_external_key.external_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_kms_replica_key" "replica_shared_by_projects" { # expect: KMS-008
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_shared_by_projects_user0" {
  agent_name = "replica_shared_by_projects_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_shared_by_projects.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "replica_shared_by_projects_user1" {
  agent_name = "replica_shared_by_projects_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_shared_by_projects.arn
  tags = {
    project = "billing"
  }
}

resource "aws_kms_replica_key" "replica_one_project" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_one_project_user0" {
  agent_name = "replica_one_project_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "replica_one_project_user1" {
  agent_name = "replica_one_project_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_key.replica_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_kms_replica_external_key" "replica_external_shared_by_projects" { # expect: KMS-008
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_external_shared_by_projects_user0" {
  agent_name = "replica_external_shared_by_projects_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_shared_by_projects.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "replica_external_shared_by_projects_user1" {
  agent_name = "replica_external_shared_by_projects_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_shared_by_projects.arn
  tags = {
    project = "billing"
  }
}

resource "aws_kms_replica_external_key" "replica_external_one_project" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "replica_external_one_project_user0" {
  agent_name = "replica_external_one_project_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "replica_external_one_project_user1" {
  agent_name = "replica_external_one_project_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_replica_external_key.replica_external_one_project.arn
  tags = {
    project = "support"
  }
}

resource "awscc_kms_replica_key" "cc_replica_shared_by_projects" { # expect: KMS-008
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "cc_replica_shared_by_projects_user0" {
  agent_name = "cc_replica_shared_by_projects_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_shared_by_projects.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "cc_replica_shared_by_projects_user1" {
  agent_name = "cc_replica_shared_by_projects_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_shared_by_projects.arn
  tags = {
    project = "billing"
  }
}

resource "awscc_kms_replica_key" "cc_replica_one_project" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_bedrockagent_agent" "cc_replica_one_project_user0" {
  agent_name = "cc_replica_one_project_user0"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_one_project.arn
  tags = {
    project = "support"
  }
}

resource "aws_bedrockagent_agent" "cc_replica_one_project_user1" {
  agent_name = "cc_replica_one_project_user1"
  agent_resource_role_arn = "arn:aws:iam::111122223333:role/agent"
  foundation_model = "anthropic.claude-v2"
  customer_encryption_key_arn = awscc_kms_replica_key.cc_replica_one_project.arn
  tags = {
    project = "support"
  }
}
