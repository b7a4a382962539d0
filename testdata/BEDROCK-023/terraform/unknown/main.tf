# BEDROCK-023: a log group that is not in the module (a literal name no resource has) is unknown.
resource "aws_bedrock_model_invocation_logging_configuration" "this" {
  logging_config {
    cloudwatch_config {
      log_group_name = "/shared/bedrock-invocations" # expect: BEDROCK-023 unknown
      role_arn       = "arn:aws:iam::111122223333:role/bedrock-logging"
    }
  }
}
