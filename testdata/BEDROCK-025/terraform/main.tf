# BEDROCK-025: the vector store of a knowledge base in Terraform (aws and awscc providers). An
# OpenSearch Serverless collection takes the key of the encryption policy whose rule matches its
# name most specifically, or of its own encryption_config (awscc); Aurora clusters, S3 vector
# buckets and indexes, OpenSearch domains and Neptune Analytics graphs their own setting. A key
# AWS owns or manages fires, a key of the module is silent; a store named by a variable, a
# restored cluster, SSE-KMS without a key or an index named only at deployment is unknown; a Redis
# Enterprise Cloud store is outside AWS.
variable "shared_collection_arn" {
  type = string
}

variable "index_name" {
  type = string
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_opensearchserverless_security_policy" "all_docs" {
  name   = "docs-owned"
  type   = "encryption"
  policy = <<-POLICY
    {
      "Rules": [{"ResourceType": "collection", "Resource": ["collection/docs-*"]}],
      "AWSOwnedKey": true
    }
  POLICY
}

resource "aws_opensearchserverless_security_policy" "secret_docs" {
  name = "docs-secret"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/docs-secret"] }]
    AWSOwnedKey = false
    KmsARN      = aws_kms_key.k.arn
  })
}

resource "aws_opensearchserverless_collection" "public" {
  name       = "docs-public"
  type       = "VECTORSEARCH"
  depends_on = [aws_opensearchserverless_security_policy.all_docs]
}

resource "aws_opensearchserverless_collection" "secret" {
  name       = "docs-secret"
  type       = "VECTORSEARCH"
  depends_on = [aws_opensearchserverless_security_policy.secret_docs]
}

resource "aws_rds_cluster" "encrypted" {
  cluster_identifier = "vectors"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.k.arn
}

resource "aws_rds_cluster" "restored" {
  cluster_identifier = "vectors-restored"
  engine             = "aurora-postgresql"
  restore_to_point_in_time {
    source_cluster_identifier  = "vectors-old"
    use_latest_restorable_time = true
  }
}

resource "aws_s3vectors_vector_bucket" "embeddings" {
  vector_bucket_name = "embeddings"
  encryption_configuration {
    sse_type    = "aws:kms"
    kms_key_arn = aws_kms_key.k.arn
  }
}

resource "aws_s3vectors_index" "chunks" {
  index_name         = "chunks"
  vector_bucket_name = aws_s3vectors_vector_bucket.embeddings.vector_bucket_name
  data_type          = "float32"
  dimension          = 1024
  distance_metric    = "cosine"
}

resource "aws_s3vectors_vector_bucket" "kms_without_key" {
  vector_bucket_name = "embeddings-kms"
  encryption_configuration {
    sse_type = "aws:kms"
  }
}

resource "aws_opensearch_domain" "vectors" {
  domain_name = "vectors"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.k.key_id
  }
}

resource "aws_neptunegraph_graph" "plain" {
  graph_name         = "vectors"
  provisioned_memory = 16
}

resource "aws_bedrockagent_knowledge_base" "on_secret_collection" {
  name     = "secret"
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
      collection_arn    = aws_opensearchserverless_collection.secret.arn
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_public_collection" {
  name     = "public"
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
      collection_arn    = aws_opensearchserverless_collection.public.arn # expect: BEDROCK-025
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_shared_collection" {
  name     = "shared"
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
      collection_arn    = var.shared_collection_arn # expect: BEDROCK-025 unknown
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_encrypted_cluster" {
  name     = "aurora"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "RDS"
    rds_configuration {
      resource_arn           = aws_rds_cluster.encrypted.arn
      credentials_secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:kb-abc123"
      database_name          = "kb"
      table_name             = "chunks"
      field_mapping {
        primary_key_field = "id"
        vector_field      = "vector"
        text_field        = "text"
        metadata_field    = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_restored_cluster" {
  name     = "aurora-restored"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "RDS"
    rds_configuration {
      resource_arn           = aws_rds_cluster.restored.arn # expect: BEDROCK-025 unknown
      credentials_secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:kb-abc123"
      database_name          = "kb"
      table_name             = "chunks"
      field_mapping {
        primary_key_field = "id"
        vector_field      = "vector"
        text_field        = "text"
        metadata_field    = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_index" {
  name     = "s3-vectors"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "S3_VECTORS"
    s3_vectors_configuration {
      index_arn = aws_s3vectors_index.chunks.index_arn
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_bucket_without_key" {
  name     = "s3-vectors-kms"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "S3_VECTORS"
    s3_vectors_configuration {
      vector_bucket_arn = aws_s3vectors_vector_bucket.kms_without_key.vector_bucket_arn # expect: BEDROCK-025 unknown
      index_name        = "chunks"
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_domain" {
  name     = "domain"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "OPENSEARCH_MANAGED_CLUSTER"
    opensearch_managed_cluster_configuration {
      domain_arn        = aws_opensearch_domain.vectors.arn
      domain_endpoint   = "https://search-vectors.us-east-1.es.amazonaws.com"
      vector_index_name = "index"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_graph" {
  name     = "graph"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "NEPTUNE_ANALYTICS"
    neptune_analytics_configuration {
      graph_arn = aws_neptunegraph_graph.plain.arn # expect: BEDROCK-025
      field_mapping {
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "aws_bedrockagent_knowledge_base" "on_redis" {
  name     = "redis"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration {
    type = "VECTOR"
    vector_knowledge_base_configuration {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration {
    type = "REDIS_ENTERPRISE_CLOUD"
    redis_enterprise_cloud_configuration {
      endpoint               = "redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345"
      vector_index_name      = "index"
      credentials_secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:redis-abc123"
      field_mapping {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

# The awscc provider: its own resources for every store, and knowledge bases written as attributes.
resource "awscc_opensearchserverless_security_policy" "awscc_docs" {
  name = "awscc-docs"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/awscc-docs"] }]
    AWSOwnedKey = false
    KmsARN      = aws_kms_key.k.arn
  })
}

resource "awscc_opensearchserverless_collection" "docs" {
  name = "awscc-docs"
  type = "VECTORSEARCH"
}

resource "awscc_opensearchserverless_collection" "owned_key" {
  name = "awscc-owned"
  type = "VECTORSEARCH"
  encryption_config = {
    aws_owned_key = true
  }
}

resource "awscc_rds_db_cluster" "aws_managed" {
  db_cluster_identifier = "awscc-vectors"
  engine                = "aurora-postgresql"
  storage_encrypted     = true
}

resource "awscc_s3vectors_vector_bucket" "embeddings" {
  vector_bucket_name = "awscc-embeddings"
  encryption_configuration = {
    sse_type    = "aws:kms"
    kms_key_arn = aws_kms_key.k.arn
  }
}

resource "awscc_s3vectors_index" "plain" {
  index_name         = "plain"
  vector_bucket_name = awscc_s3vectors_vector_bucket.embeddings.vector_bucket_name
  data_type          = "float32"
  dimension          = 1024
  distance_metric    = "cosine"
  encryption_configuration = {
    sse_type = "AES256"
  }
}

resource "awscc_opensearchservice_domain" "plain" {
  domain_name = "awscc-vectors"
}

resource "awscc_neptunegraph_graph" "encrypted" {
  graph_name         = "awscc-vectors"
  provisioned_memory = 16
  kms_key_identifier = aws_kms_key.k.arn
}

resource "awscc_bedrock_knowledge_base" "on_docs_collection" {
  name     = "awscc-docs"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "OPENSEARCH_SERVERLESS"
    opensearch_serverless_configuration = {
      collection_arn    = awscc_opensearchserverless_collection.docs.arn
      vector_index_name = "index"
      field_mapping = {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "on_owned_key_collection" {
  name     = "awscc-owned"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "OPENSEARCH_SERVERLESS"
    opensearch_serverless_configuration = {
      collection_arn    = awscc_opensearchserverless_collection.owned_key.arn # expect: BEDROCK-025
      vector_index_name = "index"
      field_mapping = {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "on_aws_managed_cluster" {
  name     = "awscc-aurora"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "RDS"
    rds_configuration = {
      resource_arn           = awscc_rds_db_cluster.aws_managed.db_cluster_arn # expect: BEDROCK-025
      credentials_secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:kb-abc123"
      database_name          = "kb"
      table_name             = "chunks"
      field_mapping = {
        primary_key_field = "id"
        vector_field      = "vector"
        text_field        = "text"
        metadata_field    = "metadata"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "on_index_named_at_deployment" {
  name     = "awscc-s3-vectors"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "S3_VECTORS"
    s3_vectors_configuration = {
      vector_bucket_arn = awscc_s3vectors_vector_bucket.embeddings.vector_bucket_arn # expect: BEDROCK-025 unknown
      index_name        = var.index_name
    }
  }
}

resource "awscc_bedrock_knowledge_base" "on_plain_domain" {
  name     = "awscc-domain"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "OPENSEARCH_MANAGED_CLUSTER"
    opensearch_managed_cluster_configuration = {
      domain_arn        = awscc_opensearchservice_domain.plain.arn # expect: BEDROCK-025
      domain_endpoint   = "https://search-awscc-vectors.us-east-1.es.amazonaws.com"
      vector_index_name = "index"
      field_mapping = {
        vector_field   = "vector"
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}

resource "awscc_bedrock_knowledge_base" "on_encrypted_graph" {
  name     = "awscc-graph"
  role_arn = "arn:aws:iam::111122223333:role/kb"
  knowledge_base_configuration = {
    type = "VECTOR"
    vector_knowledge_base_configuration = {
      embedding_model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"
    }
  }
  storage_configuration = {
    type = "NEPTUNE_ANALYTICS"
    neptune_analytics_configuration = {
      graph_arn = awscc_neptunegraph_graph.encrypted.graph_arn
      field_mapping = {
        text_field     = "text"
        metadata_field = "metadata"
      }
    }
  }
}
