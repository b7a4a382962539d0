resource "aws_s3_bucket" "crlf" {
  bucket = "windows-${var.env}"
  tags = {
    Name = "x"
  }
  policy = <<-EOT
    line one
    ${var.two}
  EOT
}
# comment
last = [
  1,
  2,
]
