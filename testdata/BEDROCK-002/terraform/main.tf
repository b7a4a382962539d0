# BEDROCK-002: custom models in Terraform (aws and awscc providers): no key and an AWS-managed key
# fire; a key of the module or a literal key ARN is silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrock_custom_model" "no_key" { # expect: BEDROCK-002
  custom_model_name     = "orders-model"
  job_name              = "orders-tuning"
  base_model_identifier = "amazon.titan-text-express-v1"
  role_arn              = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
}

resource "aws_bedrock_custom_model" "aws_managed_key" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = "alias/aws/bedrock" # expect: BEDROCK-002
}

resource "aws_bedrock_custom_model" "customer_managed_key" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = aws_kms_key.k.arn
}

resource "aws_bedrock_custom_model" "literal_key_arn" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_custom_model" "key_from_variable" {
  custom_model_name       = "orders-model"
  job_name                = "orders-tuning"
  base_model_identifier   = "amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock"
  hyperparameters = {
    epochCount = "1"
  }
  training_data_config {
    s3_uri = "s3://training/data.jsonl"
  }
  output_data_config {
    s3_uri = "s3://training/output/"
  }
  custom_model_kms_key_id = var.key_arn # expect: BEDROCK-002 unknown
}
