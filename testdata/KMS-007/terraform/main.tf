# KMS-007 in Terraform (aws and awscc): tags as maps, merge() of locals, and awscc key/value lists.
locals {
  tags = {
    owner              = "ml-platform"
    project            = "support"
    "data-sensitivity" = "confidential"
  }
}

resource "aws_kms_key" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_kms_key" "untagged" { # expect: KMS-007
}

resource "aws_kms_key" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagent_agent" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrockagent_agent" "untagged" { # expect: KMS-007
}

resource "aws_bedrockagent_agent" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrock_custom_model" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrock_custom_model" "untagged" { # expect: KMS-007
}

resource "aws_bedrock_custom_model" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagent_knowledge_base" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrockagent_knowledge_base" "untagged" { # expect: KMS-007
}

resource "aws_bedrockagent_knowledge_base" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_datazone_domain" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_datazone_domain" "untagged" { # expect: KMS-007
}

resource "aws_datazone_domain" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrock_guardrail" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrock_guardrail" "untagged" { # expect: KMS-007
}

resource "aws_bedrock_guardrail" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagent_flow" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrockagent_flow" "untagged" { # expect: KMS-007
}

resource "aws_bedrockagent_flow" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagent_prompt" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrockagent_prompt" "untagged" { # expect: KMS-007
}

resource "aws_bedrockagent_prompt" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrock_evaluation_job" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrock_evaluation_job" "untagged" { # expect: KMS-007
}

resource "aws_bedrock_evaluation_job" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_memory" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "aws_bedrockagentcore_memory" "untagged" { # expect: KMS-007
}

resource "aws_bedrockagentcore_memory" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "awscc_kms_key" "tagged" {
  tags = [
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "CostCenter", value = "4711" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_kms_key" "untagged" { # expect: KMS-007
}

resource "awscc_kms_key" "no_cost_center" {
  tags = [ # expect: KMS-007
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_agent" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "awscc_bedrock_agent" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_agent" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "awscc_bedrock_knowledge_base" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "awscc_bedrock_knowledge_base" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_knowledge_base" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "awscc_datazone_domain" "tagged" {
  tags = [
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "CostCenter", value = "4711" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_datazone_domain" "untagged" { # expect: KMS-007
}

resource "awscc_datazone_domain" "no_cost_center" {
  tags = [ # expect: KMS-007
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_guardrail" "tagged" {
  tags = [
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "CostCenter", value = "4711" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_guardrail" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_guardrail" "no_cost_center" {
  tags = [ # expect: KMS-007
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_prompt" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "awscc_bedrock_prompt" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_prompt" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}

resource "awscc_bedrock_data_automation_project" "tagged" {
  tags = [
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "CostCenter", value = "4711" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_data_automation_project" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_data_automation_project" "no_cost_center" {
  tags = [ # expect: KMS-007
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_blueprint" "tagged" {
  tags = [
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "CostCenter", value = "4711" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrock_blueprint" "untagged" { # expect: KMS-007
}

resource "awscc_bedrock_blueprint" "no_cost_center" {
  tags = [ # expect: KMS-007
    { key = "Owner", value = "ml-platform" },
    { key = "Project", value = "support" },
    { key = "data_sensitivity", value = "confidential" },
  ]
}

resource "awscc_bedrockagentcore_memory" "tagged" {
  tags = merge(local.tags, { cost_center = "4711" })
}

resource "awscc_bedrockagentcore_memory" "untagged" { # expect: KMS-007
}

resource "awscc_bedrockagentcore_memory" "no_cost_center" {
  tags = { # expect: KMS-007
    Owner = "ml-platform"
    Project = "support"
    data_sensitivity = "confidential"
  }
}
