# BEDROCK-008: prompts in Terraform (aws and awscc providers): no key and an AWS-managed key fire; a
# key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_prompt" "no_key" { # expect: BEDROCK-008
  name = "summarise"
}

resource "aws_bedrockagent_prompt" "aws_managed_key" {
  name                        = "summarise"
  customer_encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-008
}

resource "aws_bedrockagent_prompt" "customer_managed_key" {
  name                        = "summarise"
  customer_encryption_key_arn = aws_kms_key.k.arn
}

resource "aws_bedrockagent_prompt" "literal_key_arn" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrockagent_prompt" "key_from_variable" {
  name                        = "summarise"
  customer_encryption_key_arn = var.key_arn # expect: BEDROCK-008 unknown
}

resource "awscc_bedrock_prompt" "no_key" { # expect: BEDROCK-008
  name = "summarise"
}

resource "awscc_bedrock_prompt" "aws_managed_key" {
  name                        = "summarise"
  customer_encryption_key_arn = "alias/aws/bedrock" # expect: BEDROCK-008
}

resource "awscc_bedrock_prompt" "customer_managed_key" {
  name                        = "summarise"
  customer_encryption_key_arn = aws_kms_key.k.arn
}

resource "awscc_bedrock_prompt" "literal_key_arn" {
  name                        = "summarise"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "awscc_bedrock_prompt" "key_from_variable" {
  name                        = "summarise"
  customer_encryption_key_arn = var.key_arn # expect: BEDROCK-008 unknown
}
