# ACME-001 in Terraform: the same policy reads the aws provider's block.
resource "aws_bedrock_guardrail" "unfiltered" { # expect: ACME-001
  name                      = "unfiltered"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
}

resource "aws_bedrock_guardrail" "filtered" {
  name                      = "filtered"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  sensitive_information_policy_config {
    pii_entities_config {
      type   = "EMAIL"
      action = "ANONYMIZE"
    }
  }
}
