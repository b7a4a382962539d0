# BEDROCK-003: knowledge base data sources in Terraform (aws and awscc providers): no key and an
# AWS-managed key fire; a key of the module or a literal key ARN is silent; a variable without a
# default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_data_source" "no_key" { # expect: BEDROCK-003
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
}

resource "aws_bedrockagent_data_source" "aws_managed_key" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-003
  }
}

resource "aws_bedrockagent_data_source" "customer_managed_key" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = aws_kms_key.k.arn
  }
}

resource "aws_bedrockagent_data_source" "literal_key_arn" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_bedrockagent_data_source" "key_from_variable" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration {
    kms_key_arn = var.key_arn # expect: BEDROCK-003 unknown
  }
}

resource "awscc_bedrock_data_source" "no_key" { # expect: BEDROCK-003
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
}

resource "awscc_bedrock_data_source" "aws_managed_key" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-003
  }
}

resource "awscc_bedrock_data_source" "customer_managed_key" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = aws_kms_key.k.arn
  }
}

resource "awscc_bedrock_data_source" "literal_key_arn" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "awscc_bedrock_data_source" "key_from_variable" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration = {
    type = "S3"
    s3_configuration = {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  server_side_encryption_configuration = {
    kms_key_arn = var.key_arn # expect: BEDROCK-003 unknown
  }
}
