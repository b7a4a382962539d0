locals {
  café    = "naïve résumé"
  emoji   = "key 😀 ${var.name}"
  名前     = "値"
}
