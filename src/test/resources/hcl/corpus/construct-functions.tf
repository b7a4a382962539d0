locals {
  no_args    = timestamp()
  one_arg    = upper(var.s)
  many_args  = join(",", [var.a, var.b], "x")
  nested     = lower(replace(var.s, "-", "_"))
  expand     = max(var.numbers...)
  expand_two = format("%s-%s", var.parts...)
  namespaced = provider::aws::arn_parse(aws_kms_key.k.arn)
  terraform  = provider::terraform::encode_tfvars({ a = 1 })
  multi_line = merge(
    var.base_tags,
    {
      Name = "x"
    },
  )
  jsonenc = jsonencode({
    Statement = [{ Effect = "Allow", Resource = aws_kms_key.k.arn }]
  })
  try_call = try(var.maybe.value, null)
}
