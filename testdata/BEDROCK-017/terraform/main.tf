# BEDROCK-017: AgentCore configuration bundles in Terraform: no key and an AWS-managed key fire; a
# key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagentcore_configuration_bundle" "no_key" { # expect: BEDROCK-017
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
}

resource "aws_bedrockagentcore_configuration_bundle" "aws_managed_key" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-017
}

resource "aws_bedrockagentcore_configuration_bundle" "customer_managed_key" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_configuration_bundle" "literal_key_arn" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_configuration_bundle" "key_from_variable" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = var.key_arn # expect: BEDROCK-017 unknown
}

resource "awscc_bedrockagentcore_configuration_bundle" "no_key" { # expect: BEDROCK-017
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
}

resource "awscc_bedrockagentcore_configuration_bundle" "aws_managed_key" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-017
}

resource "awscc_bedrockagentcore_configuration_bundle" "customer_managed_key" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = aws_kms_key.k.arn
}

resource "awscc_bedrockagentcore_configuration_bundle" "literal_key_arn" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_configuration_bundle" "key_from_variable" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = var.key_arn # expect: BEDROCK-017 unknown
}
