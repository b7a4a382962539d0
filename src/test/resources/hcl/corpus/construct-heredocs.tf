resource "aws_iam_policy" "p" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Resource": "${aws_kms_key.k.arn}" }]
}
EOF

  indented = <<-EOT
    first line
      indented more
    ${var.interpolated} value
    last line
    EOT

  with_directive = <<-EOT
    %{ for s in var.subnets ~}
    subnet ${s}
    %{ endfor ~}
  EOT

  empty_heredoc = <<EOT
EOT

  literal_marks = <<EOT
backslash \n stays, $${kept} and %%{kept}
EOT

  marker_indented = <<EOT
  text
    EOT

  nested = "${<<EOT
inner ${var.inner}
EOT
}"
}
