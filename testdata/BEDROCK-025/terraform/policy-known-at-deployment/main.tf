# BEDROCK-025: an encryption policy whose rule is known only at deployment may match a collection
# more specifically than the prefix rule that matches it here: which key the collection gets is
# unknown. A collection named exactly by a rule is decided even so: nothing is more specific.
variable "team" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_opensearchserverless_security_policy" "all" {
  name = "all-owned"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/*"] }]
    AWSOwnedKey = true
  })
}

resource "aws_opensearchserverless_security_policy" "exact" {
  name = "exact"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/team-exact"] }]
    AWSOwnedKey = true
  })
}

resource "aws_opensearchserverless_security_policy" "team" {
  name = "team"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/${var.team}-*"] }]
    AWSOwnedKey = true
  })
}

resource "aws_opensearchserverless_collection" "team" {
  name = "team-b"
  type = "VECTORSEARCH"
}

resource "aws_opensearchserverless_collection" "exact" {
  name = "team-exact"
  type = "VECTORSEARCH"
}

resource "aws_bedrockagent_knowledge_base" "on_team_collection" {
  name     = "team"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "OPENSEARCH_SERVERLESS"
    opensearch_serverless_configuration {
      collection_arn    = aws_opensearchserverless_collection.team.arn # expect: BEDROCK-025 unknown
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_exact_collection" {
  name     = "exact"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "OPENSEARCH_SERVERLESS"
    opensearch_serverless_configuration {
      collection_arn    = aws_opensearchserverless_collection.exact.arn # expect: BEDROCK-025
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}
