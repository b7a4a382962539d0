# ACME-002 in Terraform: the TTL comes through a variable's default.
variable "ttl" {
  type    = number
  default = 7200
}

resource "aws_bedrockagent_agent" "long" {
  agent_name                  = "long"
  idle_session_ttl_in_seconds = var.ttl # expect: ACME-002
}

resource "awscc_bedrock_agent" "short" {
  agent_name                  = "short"
  idle_session_ttl_in_seconds = 900
}
