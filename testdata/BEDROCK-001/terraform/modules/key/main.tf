resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

output "arn" {
  value = aws_kms_key.k.arn
}
