# BEDROCK-023: model invocation logging in Terraform. Each configuration is its own Region's, so
# each sits in a module of its own below. Here: a log group without a key fires; the logs bucket
# under a key of the module and a log group with one are silent.
resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "invocations" {
  name = "/bedrock/invocations"
}

resource "aws_s3_bucket" "logs" {
  bucket = "bedrock-invocation-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}

resource "aws_bedrock_model_invocation_logging_configuration" "this" {
  logging_config {
    text_data_delivery_enabled = true
    cloudwatch_config {
      log_group_name = aws_cloudwatch_log_group.invocations.name # expect: BEDROCK-023
      role_arn       = "arn:aws:iam::111122223333:role/bedrock-logging"
    }
    s3_config {
      bucket_name = aws_s3_bucket.logs.id
      key_prefix  = "bedrock"
    }
  }
}
