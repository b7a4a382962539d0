resource "aws_kms_key" "crlf" {
  description = "windows line endings"
  enable_key_rotation = true
}
