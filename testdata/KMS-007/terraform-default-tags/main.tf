# KMS-007: the aws provider's default_tags count for every aws resource (not for awscc ones);
# tags merged with a variable that has no default may supply what is missing: unknown.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Owner      = "ml-platform"
      CostCenter = "4711"
    }
  }
}

variable "extra_tags" {
  type = map(string)
}

resource "aws_kms_key" "completed_by_default_tags" {
  enable_key_rotation = true
  tags = {
    project          = "support"
    data-sensitivity = "confidential"
  }
}

resource "aws_bedrockagent_agent" "only_default_tags" {
  agent_name = "support"
  tags = { # expect: KMS-007
    project = "support"
  }
}

resource "awscc_bedrock_agent" "default_tags_do_not_apply" {
  agent_name = "support"
  tags = { # expect: KMS-007
    project          = "support"
    data-sensitivity = "confidential"
  }
}

resource "aws_bedrock_guardrail" "merged_with_unknown" {
  name = "support"
  tags = merge(var.extra_tags, { project = "support" }) # expect: KMS-007 unknown
}
