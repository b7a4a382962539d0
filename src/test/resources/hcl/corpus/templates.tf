locals {
  greeting  = "Hello, ${var.name}!"
  nested    = "arn:${data.aws_partition.current.partition}:kms:${var.region}:${data.aws_caller_identity.me.account_id}:alias/aws/bedrock"
  directive = "%{ if var.enabled }on%{ else }off%{ endif }"
  loop      = "%{ for ip in var.ips }server ${ip}; %{ endfor }"
  stripped  = "a  ${~ var.x ~}  b"
  heredoc   = <<EOT
Key ${aws_kms_key.agents.arn}
  kept indentation
EOT
  indented  = <<-EOT
    first ${var.first}
      second
    EOT
}
