# BEDROCK-022: the buckets a model evaluation job reads its prompt datasets from and writes its
# results to. Every dataset_metric_config block names a dataset: the worst bucket decides, so a
# second dataset in an SSE-S3 bucket fires though the first is under a key of the module. A job
# reading built-in datasets only is decided by its output bucket; a bucket outside the module is
# unknown.
resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "cmk" {
  bucket = "eval-cmk"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cmk" {
  bucket = aws_s3_bucket.cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}

resource "aws_s3_bucket" "sse_s3" {
  bucket = "eval-sse-s3"
}

resource "aws_bedrock_evaluation_job" "all_customer_managed" {
  job_name = "all-cmk"
  role_arn = "arn:aws:iam::111122223333:role/evaluation"
  evaluation_config {
    automated {
      dataset_metric_config {
        task_type    = "Generation"
        metric_names = ["Builtin.Robustness"]
        dataset {
          name = "prompts"
          dataset_location {
            s3_uri = "s3://${aws_s3_bucket.cmk.id}/prompts.jsonl"
          }
        }
      }
    }
  }
  inference_config {
    model {
      bedrock_model {
        model_identifier = "amazon.nova-micro-v1:0"
      }
    }
  }
  output_data_config {
    s3_uri = "s3://${aws_s3_bucket.cmk.id}/results/"
  }
}

resource "aws_bedrock_evaluation_job" "second_dataset_sse_s3" {
  job_name = "second-sse-s3"
  role_arn = "arn:aws:iam::111122223333:role/evaluation"
  evaluation_config {
    automated {
      dataset_metric_config {
        task_type    = "Generation"
        metric_names = ["Builtin.Robustness"]
        dataset {
          name = "prompts"
          dataset_location {
            s3_uri = "s3://eval-cmk/prompts.jsonl"
          }
        }
      }
      dataset_metric_config {
        task_type    = "Summarization"
        metric_names = ["Builtin.Accuracy"]
        dataset {
          name = "documents"
          dataset_location {
            s3_uri = "s3://${aws_s3_bucket.sse_s3.id}/documents.jsonl" # expect: BEDROCK-022
          }
        }
      }
    }
  }
  inference_config {
    model {
      bedrock_model {
        model_identifier = "amazon.nova-micro-v1:0"
      }
    }
  }
  output_data_config {
    s3_uri = "s3://${aws_s3_bucket.cmk.id}/results/"
  }
}

resource "aws_bedrock_evaluation_job" "builtin_dataset_output_sse_s3" {
  job_name = "builtin"
  role_arn = "arn:aws:iam::111122223333:role/evaluation"
  evaluation_config {
    automated {
      dataset_metric_config {
        task_type    = "Generation"
        metric_names = ["Builtin.Robustness"]
        dataset {
          name = "Builtin.Bold"
        }
      }
    }
  }
  inference_config {
    model {
      bedrock_model {
        model_identifier = "amazon.nova-micro-v1:0"
      }
    }
  }
  output_data_config {
    s3_uri = "s3://eval-sse-s3/results/" # expect: BEDROCK-022
  }
}

resource "aws_bedrock_evaluation_job" "human_dataset_elsewhere" {
  job_name = "human"
  role_arn = "arn:aws:iam::111122223333:role/evaluation"
  evaluation_config {
    human {
      dataset_metric_config {
        task_type    = "Generation"
        metric_names = ["Relevance"]
        dataset {
          name = "prompts"
          dataset_location {
            s3_uri = "s3://shared-eval-prompts/prompts.jsonl" # expect: BEDROCK-022 unknown
          }
        }
      }
      human_workflow_config {
        flow_definition_arn = "arn:aws:sagemaker:us-east-1:111122223333:flow-definition/review"
      }
    }
  }
  inference_config {
    model {
      bedrock_model {
        model_identifier = "amazon.nova-micro-v1:0"
      }
    }
  }
  output_data_config {
    s3_uri = "s3://${aws_s3_bucket.cmk.id}/results/"
  }
}
