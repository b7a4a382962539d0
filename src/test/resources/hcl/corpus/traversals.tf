locals {
  attr     = aws_kms_key.agents.arn
  index    = aws_kms_key.per_tenant[0].arn
  string_i = aws_kms_key.by_name["agents"].key_id
  splat    = aws_kms_key.per_tenant[*].arn
  legacy   = aws_kms_key.per_tenant.*.arn
  numeric  = var.list.0
  module   = module.knowledge_base.key_arn
  data     = data.aws_iam_policy_document.key.json
  each     = each.value.name
  count_i  = count.index
  path_m   = path.module
  paren    = (var.object).field
}
