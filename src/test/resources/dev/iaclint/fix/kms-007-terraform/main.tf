# KMS-007 in Terraform: a tags map on lines of its own, one on one line, and none at all.
resource "aws_kms_key" "partly_tagged" {
  enable_key_rotation = true
  tags = {
    owner   = "orders-team"
    project = "orders"
  }
}

resource "aws_kms_key" "one_line" {
  enable_key_rotation = true
  tags                = { owner = "orders-team", project = "orders" }
}

resource "aws_kms_key" "untagged" {
  enable_key_rotation = true
}
