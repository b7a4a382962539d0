# KMS-009: deployed to eu-west-1, the AgentCore, Automated Reasoning and Data Automation library
# resources that name a key ARN of us-east-1 fire; one of eu-west-1 is silent.
provider "aws" {
  region = "eu-west-1"
}

provider "awscc" {
  region = "eu-west-1"
}

resource "aws_bedrockagentcore_gateway" "other_region" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_gateway" "same_region" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_gateway" "other_region" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrockagentcore_gateway" "same_region" {
  name = "support-gateway"
  role_arn = "arn:aws:iam::111122223333:role/agentcore"
  authorizer_type = "AWS_IAM"
  protocol_type = "MCP"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_evaluator" "other_region" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_evaluator" "same_region" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_evaluator" "other_region" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrockagentcore_evaluator" "same_region" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_dataset" "other_region" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_dataset" "same_region" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_policy_engine" "other_region" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_policy_engine" "same_region" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_policy_engine" "other_region" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrockagentcore_policy_engine" "same_region" {
  name = "support_policies"
  encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_automated_reasoning_policy" "other_region" {
  name = "refund-rules"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_automated_reasoning_policy" "same_region" {
  name = "refund-rules"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_configuration_bundle" "other_region" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_configuration_bundle" "same_region" {
  bundle_name = "support_agent"
  component {
    component_identifier = "arn:aws:bedrock-agentcore:::evaluator/Builtin.Helpfulness"
    configuration = "{\"threshold\":0.7}"
  }
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_configuration_bundle" "other_region" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrockagentcore_configuration_bundle" "same_region" {
  bundle_name = "support_agent"
  components = {
    evaluator = {
      configuration = "{\"threshold\":0.7}"
    }
  }
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_data_automation_library" "other_region" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
  }
}

resource "awscc_bedrock_data_automation_library" "same_region" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
