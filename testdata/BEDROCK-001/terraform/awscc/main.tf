# The awscc provider's agent: the same policy, the same canonical field.
resource "aws_kms_key" "agents" {}

resource "awscc_bedrock_agent" "no_key" { # expect: BEDROCK-001
  agent_name = "no-key"
}

resource "awscc_bedrock_agent" "managed" {
  agent_name                  = "managed"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/bedrock" # expect: BEDROCK-001
}

resource "awscc_bedrock_agent" "customer_managed" {
  agent_name                  = "cmk"
  customer_encryption_key_arn = aws_kms_key.agents.arn
}
