# KMS-001: keys that do not rotate, one of them written on one line.
resource "aws_kms_key" "unsaid" {
  description = "rotation is off by default" # this comment stays
}

resource "aws_kms_key" "off" {
  enable_key_rotation = false
}

resource "aws_kms_key" "two_years" {
  enable_key_rotation     = true
  rotation_period_in_days = 730
}

resource "aws_kms_key" "one_line" {}
