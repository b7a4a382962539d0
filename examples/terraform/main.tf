# Two agents from one local module: one gets a customer-managed key, one does not.
# `bin/iac-lint examples/` reports module.draft's agent and passes module.support's.

# Tags every aws resource of the configuration, those of the local modules included.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Owner            = "support-team"
      Project          = "support"
      CostCenter       = "4711"
      DataSensitivity = "confidential"
    }
  }
}

resource "aws_kms_key" "agents" {
  description             = "Encrypts the support agents' session data"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}

module "support" {
  source      = "./modules/agent"
  name        = "support"
  kms_key_arn = aws_kms_key.agents.arn
}

# No key passed: the module's default is null, so AWS encrypts with a key it owns.
module "draft" {
  source = "./modules/agent"
  name   = "support-draft"
}
