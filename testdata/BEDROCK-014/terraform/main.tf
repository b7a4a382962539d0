# BEDROCK-014: AgentCore evaluators and datasets in Terraform: no key and an AWS-managed key fire;
# a key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagentcore_evaluator" "no_key" { # expect: BEDROCK-014
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

resource "aws_bedrockagentcore_evaluator" "aws_managed_key" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-014
}

resource "aws_bedrockagentcore_evaluator" "customer_managed_key" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_evaluator" "literal_key_arn" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_evaluator" "key_from_variable" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config {
    code_based {
      lambda_config {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = var.key_arn # expect: BEDROCK-014 unknown
}

resource "awscc_bedrockagentcore_evaluator" "no_key" { # expect: BEDROCK-014
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

resource "awscc_bedrockagentcore_evaluator" "aws_managed_key" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-014
}

resource "awscc_bedrockagentcore_evaluator" "customer_managed_key" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = aws_kms_key.k.arn
}

resource "awscc_bedrockagentcore_evaluator" "literal_key_arn" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_evaluator" "key_from_variable" {
  evaluator_name = "helpfulness"
  level = "TRACE"
  evaluator_config = {
    code_based = {
      lambda_config = {
        lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:judge"
      }
    }
  }
  kms_key_arn = var.key_arn # expect: BEDROCK-014 unknown
}

resource "aws_bedrockagentcore_dataset" "no_key" { # expect: BEDROCK-014
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
}

resource "aws_bedrockagentcore_dataset" "aws_managed_key" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-014
}

resource "aws_bedrockagentcore_dataset" "customer_managed_key" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagentcore_dataset" "literal_key_arn" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_dataset" "key_from_variable" {
  name = "support_cases"
  schema_type = "AGENTCORE_EVALUATION_PREDEFINED_V1"
  source {
    s3_source {
      s3_uri = "s3://evaluations/cases.jsonl"
    }
  }
  kms_key_arn = var.key_arn # expect: BEDROCK-014 unknown
}
