# KMS-009 in Terraform: the providers deploy to eu-west-1; a key ARN of us-east-1 fires, one of eu-
# west-1 is silent.
provider "aws" {
  region = "eu-west-1"
}

provider "awscc" {
  region = "eu-west-1"
}

resource "aws_bedrock_custom_model" "other_region" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrock_custom_model" "same_region" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_data_source" "other_region" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
  }
}

resource "aws_bedrockagent_data_source" "same_region" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "awscc_bedrock_data_source" "other_region" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
  }
}

resource "awscc_bedrock_data_source" "same_region" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_bedrockagent_knowledge_base" "other_region" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "same_region" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "other_region" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "same_region" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

resource "aws_datazone_domain" "other_region" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_datazone_domain" "same_region" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_datazone_domain" "other_region" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_datazone_domain" "same_region" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_guardrail" "other_region" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrock_guardrail" "same_region" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_guardrail" "other_region" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_guardrail" "same_region" {
  name                      = "support"
  blocked_input_messaging   = "Sorry."
  blocked_outputs_messaging = "Sorry."
  kms_key_arn               = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_flow" "other_region" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagent_flow" "same_region" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_prompt" "other_region" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagent_prompt" "same_region" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_prompt" "other_region" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_prompt" "same_region" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_data_automation_project" "other_region" {
  project_name = "invoices"
  kms_key_id   = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_data_automation_project" "same_region" {
  project_name = "invoices"
  kms_key_id   = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_blueprint" "other_region" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_blueprint" "same_region" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_evaluation_job" "other_region" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrock_evaluation_job" "same_region" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagentcore_memory" "other_region" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagentcore_memory" "same_region" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrockagentcore_memory" "other_region" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrockagentcore_memory" "same_region" {
  name                  = "support_memory"
  event_expiry_duration = 30
  encryption_key_arn    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_agent" "other_region" {
  agent_name                  = "support"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "aws_bedrockagent_agent" "same_region" {
  agent_name                  = "support"
  customer_encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_agent" "other_region" {
  agent_name                  = "support"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

resource "awscc_bedrock_agent" "same_region" {
  agent_name                  = "support"
  customer_encryption_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
