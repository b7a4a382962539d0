# dynamic blocks, the usual way to make a key optional: the block exists once per element of its
# for_each; none when the key is null, and unknown when the collection is known only at apply.
variable "optional_key" {
  type    = string
  default = null
}

variable "keys_from_pipeline" {
  type = list(string)
}

resource "aws_bedrockagent_data_source" "optional_key_null" { # expect: BEDROCK-003
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  dynamic "server_side_encryption_configuration" {
    for_each = var.optional_key == null ? [] : [1]
    content {
      kms_key_arn = var.optional_key
    }
  }
}

resource "aws_bedrockagent_data_source" "key_of_the_module" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  dynamic "server_side_encryption_configuration" {
    for_each = [aws_kms_key.k.arn]
    iterator = key
    content {
      kms_key_arn = key.value
    }
  }
}

resource "aws_bedrockagent_data_source" "keys_known_at_apply" {
  knowledge_base_id = "KB12345678"
  name              = "docs"
  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::docs"
    }
  }
  dynamic "server_side_encryption_configuration" { # expect: BEDROCK-003 unknown
    for_each = var.keys_from_pipeline
    content {
      kms_key_arn = server_side_encryption_configuration.value
    }
  }
}
