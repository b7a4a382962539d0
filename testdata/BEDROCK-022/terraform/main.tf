# BEDROCK-022: the buckets of knowledge base data sources and custom models in Terraform (aws and
# awscc providers): SSE-S3, aws/s3 and no default encryption fire, whether the encryption is an
# aws_s3_bucket_server_side_encryption_configuration, the legacy inline block or awscc's
# bucket_encryption; SSE-KMS with a key of the module is silent; a bucket outside the module or
# named by a variable without a default is unknown. A custom model is decided by the worst of its
# training, validation and output buckets.
variable "training_bucket" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "cmk" {
  bucket = "docs-cmk"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cmk" {
  bucket = aws_s3_bucket.cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}

resource "aws_s3_bucket" "sse_s3" {
  bucket = "docs-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = "docs-sse-s3"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "legacy_aws_managed" {
  bucket = "docs-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "awscc_s3_bucket" "awscc_cmk" {
  bucket_name = "output-cmk"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.k.arn
      }
    }]
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "docs-plain"
}

resource "aws_bedrockagent_data_source" "from_customer_managed" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = aws_s3_bucket.cmk.arn
    }
  }
}

resource "aws_bedrockagent_data_source" "from_sse_s3" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = aws_s3_bucket.sse_s3.arn # expect: BEDROCK-022
    }
  }
}

resource "awscc_bedrock_data_source" "from_legacy_aws_managed" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = aws_s3_bucket.legacy_aws_managed.arn # expect: BEDROCK-022
    }
  }
}

resource "awscc_bedrock_data_source" "awscc_from_customer_managed" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = awscc_s3_bucket.awscc_cmk.arn
    }
  }
}

resource "aws_bedrockagent_data_source" "from_elsewhere" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::shared-docs" # expect: BEDROCK-022 unknown
    }
  }
}

resource "aws_bedrock_custom_model" "all_customer_managed" {
  base_model_identifier = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
  custom_model_name     = "tuned"
  job_name              = "tuning"
  role_arn              = "arn:aws:iam::111122223333:role/tuning"
  hyperparameters       = {}
  training_data_config {
    s3_uri = "s3://${aws_s3_bucket.cmk.id}/train/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://${awscc_s3_bucket.awscc_cmk.id}/out/"
  }
}

resource "aws_bedrock_custom_model" "output_unencrypted" {
  base_model_identifier = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
  custom_model_name     = "tuned-2"
  job_name              = "tuning-2"
  role_arn              = "arn:aws:iam::111122223333:role/tuning"
  hyperparameters       = {}
  training_data_config {
    s3_uri = "s3://docs-cmk/train/data.jsonl"
  }
  validation_data_config {
    validator {
      s3_uri = "s3://${aws_s3_bucket.cmk.bucket}/validate/"
    }
  }
  output_data_config {
    s3_uri = "s3://${aws_s3_bucket.plain.id}/out/" # expect: BEDROCK-022
  }
}

resource "aws_bedrock_custom_model" "training_from_variable" {
  base_model_identifier = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
  custom_model_name     = "tuned-3"
  job_name              = "tuning-3"
  role_arn              = "arn:aws:iam::111122223333:role/tuning"
  hyperparameters       = {}
  training_data_config {
    s3_uri = "s3://${var.training_bucket}/train/" # expect: BEDROCK-022 unknown
  }
  output_data_config {
    s3_uri = "s3://${awscc_s3_bucket.awscc_cmk.id}/out/"
  }
}
