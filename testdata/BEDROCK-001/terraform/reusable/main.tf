# A reusable module: no provider, no backend, no variable values. Its defaults are guesses about
# its callers, so an agent that a default switches off is still checked: its author learns that
# it has no key whenever a caller creates it.
variable "create_agent" {
  type    = bool
  default = false
}

resource "aws_bedrockagent_agent" "optional" { # expect: BEDROCK-001
  count      = var.create_agent ? 1 : 0
  agent_name = "optional"
}
