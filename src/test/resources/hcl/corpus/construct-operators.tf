locals {
  cond        = var.enabled ? aws_kms_key.k.arn : null
  nested_cond = var.a ? var.b ? 1 : 2 : var.c ? 3 : 4
  precedence  = 1 + 2 * 3 - 4 / 2 % 3
  compare     = var.x >= 10 && var.y < 5 || var.z == "s" && var.w != null
  less_eq     = var.a <= var.b
  greater     = var.a > var.b
  not         = !var.disabled
  double_not  = !!var.flag
  negate      = -var.offset
  negate_attr = -local.obj.value
  parens      = (1 + 2) * 3
  multi_line = (
    var.a +
    var.b
  )
  mixed = length(var.list) > 0 ? var.list[0] : "default"
}
