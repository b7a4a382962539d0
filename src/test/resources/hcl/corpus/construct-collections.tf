tuple          = [1, 2, 3]
trailing_comma = ["a", "b",]
multi_line = [
  "x",
  var.y,
  [1, [2, [3]]],
]
empty_tuple   = []
empty_object  = {}
object_equals = { a = 1, b = "two" }
object_colons = { "a": 1, "b": 2 }
object_lines = {
  name    = "n"
  enabled = true
  nested  = { deep = [var.d] }
}
object_mixed = {
  a = 1, b = 2
  "quoted key" = 3
  (var.computed) = 4
  (local.prefix) : 5,
}
objects_in_tuple = [{ a = 1 }, { b = var.b }]
