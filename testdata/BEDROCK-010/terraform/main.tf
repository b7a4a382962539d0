# BEDROCK-010: evaluation jobs (no CloudFormation resource) in Terraform (aws and awscc providers):
# no key and an AWS-managed key fire; a key of the module or a literal key ARN is silent; a variable
# without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrock_evaluation_job" "no_key" { # expect: BEDROCK-010
  name     = "quality"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
}

resource "aws_bedrock_evaluation_job" "aws_managed_key" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = "alias/aws/bedrock" # expect: BEDROCK-010
}

resource "aws_bedrock_evaluation_job" "customer_managed_key" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = aws_kms_key.k.arn
}

resource "aws_bedrock_evaluation_job" "literal_key_arn" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_evaluation_job" "key_from_variable" {
  name                       = "quality"
  role_arn                   = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_id = var.key_arn # expect: BEDROCK-010 unknown
}
