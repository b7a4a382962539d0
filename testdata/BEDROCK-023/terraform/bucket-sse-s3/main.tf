# BEDROCK-023: the log group is under a customer-managed key, but the bucket with SSE-S3 fires:
# the store that falls short decides.
resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "invocations" {
  name       = "/bedrock/invocations"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_s3_bucket" "logs" {
  bucket = "bedrock-invocation-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_bedrock_model_invocation_logging_configuration" "this" {
  logging_config {
    cloudwatch_config {
      log_group_name = aws_cloudwatch_log_group.invocations.name
      role_arn       = "arn:aws:iam::111122223333:role/bedrock-logging"
    }
    s3_config {
      bucket_name = aws_s3_bucket.logs.id # expect: BEDROCK-023
    }
  }
}
