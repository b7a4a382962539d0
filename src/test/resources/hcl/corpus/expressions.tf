locals {
  conditional = var.use_cmk ? aws_kms_key.agents.arn : null
  chained     = var.a ? "a" : var.b ? "b" : "c"
  arithmetic  = 1 + 2 * 3 - 4 / 2 % 3
  comparison  = var.days >= 7 && var.days <= 30 || !var.strict
  equality    = var.env == "prod" != false
  negative    = -var.offset
  grouped     = (1 + 2) * 3
  tuple_for   = [for s in var.list : upper(s) if s != ""]
  object_for  = { for k, v in var.map : k => v }
  grouping    = { for k, v in var.map : v.team => k... }
  multiline   = (
    var.a
    + var.b
  )
}
