# KMS-007 on keys of every kind: a key without the required tags fires; a tagged one is silent.
resource "aws_kms_external_key" "external_untagged" { # expect: KMS-007
}

resource "aws_kms_external_key" "external_tagged" {
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_kms_replica_key" "replica_untagged" { # expect: KMS-007
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_kms_replica_key" "replica_tagged" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "aws_kms_replica_external_key" "replica_external_untagged" { # expect: KMS-007
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "aws_kms_replica_external_key" "replica_external_tagged" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  tags = {
    Owner = "ml-platform"
    Project = "support"
    CostCenter = "4711"
    data_sensitivity = "confidential"
  }
}

resource "awscc_kms_replica_key" "cc_replica_untagged" { # expect: KMS-007
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}

resource "awscc_kms_replica_key" "cc_replica_tagged" {
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  tags = [
    {
      key = "Owner"
      value = "ml-platform"
    },
    {
      key = "Project"
      value = "support"
    },
    {
      key = "CostCenter"
      value = "4711"
    },
    {
      key = "data_sensitivity"
      value = "confidential"
    },
  ]
}
