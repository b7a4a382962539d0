résumé = "identifier with accents"
日本 = "CJK identifier"
instance-type = "dashes are part of identifiers"
_private = "leading underscore"
block "ünïcode" {
  naïve = var.café
  emoji = "🚀 launch"
  x-y   = local.a-b
}
