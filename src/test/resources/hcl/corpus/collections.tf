locals {
  list    = [1, "two", var.three, [4, 5], { six = 6 }]
  trailing = [
    "a",
    "b",
  ]
  object  = { a = 1, "b" = 2, c: 3 }
  multi   = {
    owner       = "platform"
    cost-center = var.cost_center
    (var.dynamic_key) = "value"
  }
  empty_list   = []
  empty_object = {}
}
