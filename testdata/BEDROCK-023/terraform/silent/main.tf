# BEDROCK-023: a log group of the module under a customer-managed key, and an awscc one for the
# large payloads' bucket: silent.
resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "awscc_logs_log_group" "invocations" {
  log_group_name = "/bedrock/invocations"
  kms_key_id     = aws_kms_key.logs.arn
}

resource "aws_s3_bucket" "large" {
  bucket = "bedrock-large-payloads"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.logs.key_id
      }
    }
  }
}

resource "aws_bedrock_model_invocation_logging_configuration" "this" {
  logging_config {
    cloudwatch_config {
      log_group_name = "/bedrock/invocations"
      role_arn       = "arn:aws:iam::111122223333:role/bedrock-logging"
      large_data_delivery_s3_config {
        bucket_name = aws_s3_bucket.large.bucket
      }
    }
  }
}
