# BEDROCK-016: Automated Reasoning policies in Terraform: no key and an AWS-managed key fire; a
# key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "awscc_bedrock_automated_reasoning_policy" "no_key" { # expect: BEDROCK-016
  name = "refund-rules"
}

resource "awscc_bedrock_automated_reasoning_policy" "aws_managed_key" {
  name = "refund-rules"
  kms_key_id = "alias/aws/bedrock" # expect: BEDROCK-016
}

resource "awscc_bedrock_automated_reasoning_policy" "customer_managed_key" {
  name = "refund-rules"
  kms_key_id = aws_kms_key.k.arn
}

resource "awscc_bedrock_automated_reasoning_policy" "literal_key_arn" {
  name = "refund-rules"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_automated_reasoning_policy" "key_from_variable" {
  name = "refund-rules"
  kms_key_id = var.key_arn # expect: BEDROCK-016 unknown
}
