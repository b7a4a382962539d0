locals {
  tuple_for        = [for s in var.list : upper(s)]
  tuple_for_index  = [for i, v in var.list : "${i}=${v}"]
  tuple_for_if     = [for s in var.list : s if s != ""]
  object_for       = { for k, v in var.map : k => upper(v) }
  object_for_group = { for s in var.list : substr(s, 0, 1) => s... }
  object_for_if    = { for k, v in var.map : v => k if k != local.skip }
  multi_line_for = [
    for r in aws_instance.web :
    r.private_ip
    if r.tags["env"] == var.env
  ]
  nested_for  = [for xs in var.matrix : [for x in xs : x * local.scale]]
  shadowing   = [for var in local.items : var.name]
  for_in_call = toset([for k in keys(var.m) : lower(k)])
}
