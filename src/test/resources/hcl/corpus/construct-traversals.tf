resource "aws_bedrockagent_agent" "a" {
  kms_key        = aws_kms_key.k[0].arn
  by_name        = aws_kms_key.keys["primary"].arn
  splat          = aws_instance.web[*].id
  splat_deep     = aws_instance.web[*].network_interface[0].id
  legacy_splat   = aws_instance.web.*.id
  legacy_index   = aws_instance.web.0.id
  variable       = var.x
  local_value    = local.y
  module_output  = module.m.out
  data_source    = data.aws_iam_policy_document.doc.json
  computed_index = var.list[var.index].name
  self_ref       = self.id
  each_value     = each.value.arn
  count_index    = count.index
  path_module    = path.module
  index_of_call  = split(",", var.csv)[0]
  attr_of_paren  = (var.obj).field
  tuple_index    = [1, 2, 3][1]
  nested_index   = var.matrix[0][1]
}
