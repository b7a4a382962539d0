# BEDROCK-004: managed knowledge bases (a VECTOR one is not checked) in Terraform (aws and awscc
# providers): no key and an AWS-managed key fire; a key of the module or a literal key ARN is
# silent; a variable without a default is unknown.
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_bedrockagent_knowledge_base" "no_key" { # expect: BEDROCK-004
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
  }
}

resource "aws_bedrockagent_knowledge_base" "aws_managed_key" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-004
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "customer_managed_key" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = aws_kms_key.k.arn
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "literal_key_arn" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "key_from_variable" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "MANAGED"
    managed_knowledge_base_configuration {
      server_side_encryption_configuration {
        kms_key_arn = var.key_arn # expect: BEDROCK-004 unknown
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "no_key" { # expect: BEDROCK-004
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
  }
}

resource "awscc_bedrock_knowledge_base" "aws_managed_key" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = "alias/aws/bedrock" # expect: BEDROCK-004
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "customer_managed_key" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = aws_kms_key.k.arn
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "literal_key_arn" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "key_from_variable" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration = {
    type = "MANAGED"
    managed_knowledge_base_configuration = {
      server_side_encryption_configuration = {
        kms_key_arn = var.key_arn # expect: BEDROCK-004 unknown
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "vectors" {
  name     = "vectors"
  role_arn = "arn:aws:iam::111122223333:role/bedrock"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
}
