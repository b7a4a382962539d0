# KMS-007: the AgentCore, Automated Reasoning and Data Automation library resources need owner,
# project, cost-center and data-sensitivity tags like every Bedrock resource; with them they are
# silent, without tags they fire.
resource "aws_bedrockagentcore_gateway" "tagged" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_gateway" "untagged" { # expect: KMS-007
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
}

resource "awscc_bedrockagentcore_gateway" "tagged" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "awscc_bedrockagentcore_gateway" "untagged" { # expect: KMS-007
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
}

resource "aws_bedrockagentcore_evaluator" "tagged" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_evaluator" "untagged" { # expect: KMS-007
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
}

resource "awscc_bedrockagentcore_evaluator" "tagged" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}

resource "awscc_bedrockagentcore_evaluator" "untagged" { # expect: KMS-007
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
}

resource "aws_bedrockagentcore_dataset" "tagged" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_dataset" "untagged" { # expect: KMS-007
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
}

resource "aws_bedrockagentcore_policy_engine" "tagged" {
  name = "support_policies"
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_policy_engine" "untagged" { # expect: KMS-007
  name = "support_policies"
}

resource "awscc_bedrockagentcore_policy_engine" "tagged" {
  name = "support_policies"
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}

resource "awscc_bedrockagentcore_policy_engine" "untagged" { # expect: KMS-007
  name = "support_policies"
}

resource "awscc_bedrock_automated_reasoning_policy" "tagged" {
  name = "refund-rules"
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}

resource "awscc_bedrock_automated_reasoning_policy" "untagged" { # expect: KMS-007
  name = "refund-rules"
}

resource "aws_bedrockagentcore_configuration_bundle" "tagged" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_bedrockagentcore_configuration_bundle" "untagged" { # expect: KMS-007
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
}

resource "awscc_bedrockagentcore_configuration_bundle" "tagged" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}

resource "awscc_bedrockagentcore_configuration_bundle" "untagged" { # expect: KMS-007
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
}

resource "awscc_bedrock_data_automation_library" "tagged" {
  library_name = "claims-entities"
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}

resource "awscc_bedrock_data_automation_library" "untagged" { # expect: KMS-007
  library_name = "claims-entities"
}
