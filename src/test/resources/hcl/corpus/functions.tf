locals {
  merged   = merge(local.tags, { Name = "agent" }, var.extra_tags)
  encoded  = jsonencode({ Version = "2012-10-17", Statement = [] })
  expanded = concat(var.lists...)
  nested   = lower(replace(var.name, "_", "-"))
  provider = provider::aws::arn_parse(aws_kms_key.agents.arn)
  multi    = format(
    "%s-%s",
    var.a,
    var.b,
  )
  none     = timestamp()
}
