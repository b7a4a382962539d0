# BEDROCK-007: flows (awscc has no flow resource) in Terraform (aws and awscc providers): no key and
# an AWS-managed key fire; a key of the module or a literal key ARN is silent; a variable without a
# default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_flow" "no_key" { # expect: BEDROCK-007
  name               = "triage"
  execution_role_arn = "arn:aws:iam::111122223333:role/bedrock"
}

resource "aws_bedrockagent_flow" "aws_managed_key" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-007
}

resource "aws_bedrockagent_flow" "customer_managed_key" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagent_flow" "literal_key_arn" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_flow" "key_from_variable" {
  name                        = "triage"
  execution_role_arn          = "arn:aws:iam::111122223333:role/bedrock"
  customer_encryption_key_arn = var.key_arn # expect: BEDROCK-007 unknown
}
