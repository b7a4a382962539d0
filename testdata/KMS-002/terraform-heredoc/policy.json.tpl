{
  "Statement": [
    {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account_id}:root"}, "Action": "kms:*"},
    {"Sid": "Everyone", "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt"}
  ]
}
