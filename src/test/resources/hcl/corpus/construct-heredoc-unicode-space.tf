resource "aws_s3_bucket" "a" {
  policy = <<EOT
hello
EOT 
}

resource "aws_kms_key" "after_nbsp" {
  enable_key_rotation = false
  description = <<-EOT
    x
    EOT
}

resource "aws_kms_key" "after_next_line" {
  description = <<EOT
  y
　EOT 
}

resource "aws_kms_key" "last" {
  enable_key_rotation = true
}
