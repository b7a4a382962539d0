# BEDROCK-005: Studio domains (DataZone) in Terraform (aws and awscc providers): no key and an AWS-
# managed key fire; a key of the module or a literal key ARN is silent; a variable without a default
# is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_datazone_domain" "no_key" { # expect: BEDROCK-005
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
}

resource "aws_datazone_domain" "aws_managed_key" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "alias/aws/bedrock" # expect: BEDROCK-005
}

resource "aws_datazone_domain" "customer_managed_key" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = aws_kms_key.k.arn
}

resource "aws_datazone_domain" "literal_key_arn" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_datazone_domain" "key_from_variable" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = var.key_arn # expect: BEDROCK-005 unknown
}

resource "awscc_datazone_domain" "no_key" { # expect: BEDROCK-005
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
}

resource "awscc_datazone_domain" "aws_managed_key" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "alias/aws/bedrock" # expect: BEDROCK-005
}

resource "awscc_datazone_domain" "customer_managed_key" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = aws_kms_key.k.arn
}

resource "awscc_datazone_domain" "literal_key_arn" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_datazone_domain" "key_from_variable" {
  name                  = "studio"
  domain_execution_role = "arn:aws:iam::111122223333:role/bedrock"
  kms_key_identifier    = var.key_arn # expect: BEDROCK-005 unknown
}
