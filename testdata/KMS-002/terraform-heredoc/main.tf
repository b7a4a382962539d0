# KMS-002 on key policies written as JSON text in Terraform: heredocs (<<POLICY, <<-EOT) with
# interpolations, file() and templatefile() of a JSON file of the module. What does not depend on
# an unknown value is read; a finding points at the statement's line inside the heredoc (the
# expectations are in main.tf.expect: a comment inside a heredoc would be part of the JSON).
variable "account_id" {
  type = string
}

resource "aws_kms_key" "heredoc" {
  enable_key_rotation = true
  policy              = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Root",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::${var.account_id}:root"},
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "Everyone",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Decrypt",
      "Resource": "*"
    }
  ]
}
POLICY
}

resource "aws_kms_key" "indented_heredoc" {
  enable_key_rotation = true
  policy              = <<-EOT
    {
      "Statement": [
        {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${var.account_id}:root"}, "Action": "kms:*"},
        {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*"}
      ]
    }
  EOT
}

resource "aws_kms_key" "pinned_heredoc" {
  enable_key_rotation = true
  policy              = <<-EOT
    {
      "Statement": [
        {"Sid": "Account", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
         "Condition": {"StringEquals": {"kms:CallerAccount": "${var.account_id}"}}}
      ]
    }
  EOT
}

resource "aws_kms_key" "from_file" {
  enable_key_rotation = true
  policy              = file("${path.module}/open-policy.json")
}

resource "aws_kms_key" "from_template" {
  enable_key_rotation = true
  policy              = templatefile("${path.module}/policy.json.tpl", { account_id = var.account_id })
}
