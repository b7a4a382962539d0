# BEDROCK-009: Data Automation libraries in Terraform: no key and an AWS-managed key fire; a key
# of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "awscc_bedrock_data_automation_library" "no_key" { # expect: BEDROCK-009
  library_name = "claims-entities"
}

resource "awscc_bedrock_data_automation_library" "aws_managed_key" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = "alias/aws/bedrock" # expect: BEDROCK-009
  }
}

resource "awscc_bedrock_data_automation_library" "customer_managed_key" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = aws_kms_key.k.arn
  }
}

resource "awscc_bedrock_data_automation_library" "literal_key_arn" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "awscc_bedrock_data_automation_library" "key_from_variable" {
  library_name = "claims-entities"
  encryption_configuration = {
    kms_key_id = var.key_arn # expect: BEDROCK-009 unknown
  }
}
