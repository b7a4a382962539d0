# KMS-001 in Terraform: symmetric keys must rotate at least yearly.
resource "aws_kms_key" "no_rotation" { # expect: KMS-001
  description = "rotation is off by default"
}

resource "aws_kms_key" "two_year_period" { # expect: KMS-001
  enable_key_rotation     = true
  rotation_period_in_days = 730
}

resource "aws_kms_key" "rotating" {
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_4096"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "in_custom_key_store" {
  custom_key_store_id = "cks-1234567890abcdef0"
}

variable "rotate" {
  type    = bool
  default = true
}

resource "aws_kms_key" "rotation_from_variable" {
  enable_key_rotation = var.rotate
}

resource "awscc_kms_key" "no_rotation" { # expect: KMS-001
  description = "rotation is off by default"
}

resource "awscc_kms_key" "rotating" {
  enable_key_rotation = true
}

resource "awscc_kms_key" "imported" {
  origin = "EXTERNAL"
}
