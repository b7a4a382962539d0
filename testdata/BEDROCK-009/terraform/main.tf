# BEDROCK-009: Data Automation projects and blueprints (no aws provider resource) in Terraform (aws
# and awscc providers): no key and an AWS-managed key fire; a key of the module or a literal key ARN
# is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "awscc_bedrock_data_automation_project" "no_key" { # expect: BEDROCK-009
  project_name = "invoices"
}

resource "awscc_bedrock_data_automation_project" "aws_managed_key" {
  project_name = "invoices"
  kms_key_id   = "alias/aws/bedrock" # expect: BEDROCK-009
}

resource "awscc_bedrock_data_automation_project" "customer_managed_key" {
  project_name = "invoices"
  kms_key_id   = aws_kms_key.k.arn
}

resource "awscc_bedrock_data_automation_project" "literal_key_arn" {
  project_name = "invoices"
  kms_key_id   = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_data_automation_project" "key_from_variable" {
  project_name = "invoices"
  kms_key_id   = var.key_arn # expect: BEDROCK-009 unknown
}

resource "awscc_bedrock_blueprint" "no_key" { # expect: BEDROCK-009
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
}

resource "awscc_bedrock_blueprint" "aws_managed_key" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = "alias/aws/bedrock" # expect: BEDROCK-009
}

resource "awscc_bedrock_blueprint" "customer_managed_key" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = aws_kms_key.k.arn
}

resource "awscc_bedrock_blueprint" "literal_key_arn" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_blueprint" "key_from_variable" {
  blueprint_name = "invoice"
  type           = "DOCUMENT"
  schema         = "{\"class\":\"invoice\"}"
  kms_key_id     = var.key_arn # expect: BEDROCK-009 unknown
}
