variable "enable_key_rotation" {
  type    = bool
  default = true
}

variable "rotation_period" {
  type    = number
  default = 365
}

resource "aws_kms_key" "this" {
  enable_key_rotation     = var.enable_key_rotation
  rotation_period_in_days = var.rotation_period
}
