# KMS-001 with rotation written through Terraform functions, index steps and conditionals:
# a value Terraform knows from the code is known here too.
variable "rotate" {
  type    = bool
  default = null
}

variable "settings" {
  type = object({ rotate = bool, period = number })
  default = {
    rotate = true
    period = 365
  }
}

locals {
  settings = { rotate = true }
  flags    = { agent = true, legacy = false }
  order    = [true, false]
  env      = "prod"
}

resource "aws_kms_key" "rotation_from_lookup" {
  enable_key_rotation = lookup(local.settings, "rotate", false)
}

resource "aws_kms_key" "rotation_from_coalesce" {
  enable_key_rotation = coalesce(var.rotate, true)
}

resource "aws_kms_key" "rotation_from_tobool" {
  enable_key_rotation = tobool("true")
}

resource "aws_kms_key" "rotation_from_index" {
  enable_key_rotation = local.flags["agent"]
}

resource "aws_kms_key" "rotation_from_list_index" {
  enable_key_rotation = local.order[0]
}

resource "aws_kms_key" "rotation_from_attribute" {
  enable_key_rotation     = var.settings.rotate
  rotation_period_in_days = var.settings.period
}

resource "aws_kms_key" "rotation_from_try" {
  enable_key_rotation = try(local.settings.missing, true)
}

resource "aws_kms_key" "rotation_from_condition" {
  enable_key_rotation = contains(["prod", "stage"], local.env) ? true : false
}

resource "aws_kms_key" "lookup_default_is_false" { # expect: KMS-001
  enable_key_rotation = lookup(local.settings, "missing", false)
}

resource "aws_kms_key" "index_to_false" { # expect: KMS-001
  enable_key_rotation = local.flags["legacy"]
}

resource "aws_kms_key" "condition_decides_false" { # expect: KMS-001
  enable_key_rotation = upper(local.env) == "DEV" ? true : false
}

resource "aws_kms_key" "rotation_from_decoded_json" {
  enable_key_rotation = jsondecode("{\"rotate\": true}")["rotate"]
}

resource "aws_kms_key" "rotation_from_merged_map" { # expect: KMS-001
  enable_key_rotation = merge(local.flags, { agent = false }).agent
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  rotation_by_environment = { prod = true, dev = false }
}

resource "aws_kms_key" "rotation_by_computed_key" {
  enable_key_rotation = local.rotation_by_environment[var.environment]
}

resource "aws_kms_key" "rotation_by_computed_missing_key" { # expect: KMS-001
  enable_key_rotation = try(local.rotation_by_environment["${var.environment}-eu"], false)
}
