# KMS-001 through a module's variables: the fix sets them in the one call that passes them,
# and leaves the module, which other configurations may call, as it is.
module "orders" {
  source              = "./modules/key"
  enable_key_rotation = false
  rotation_period     = 730
}
