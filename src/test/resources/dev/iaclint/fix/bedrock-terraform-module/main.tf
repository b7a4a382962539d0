# BEDROCK-001 through a module: module.draft passes no key, so the fix passes the key the
# configuration already gives module.support (the same workload: the same default tags).
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      owner            = "support-team"
      project          = "support"
      cost-center      = "4711"
      data-sensitivity = "confidential"
    }
  }
}

resource "aws_kms_key" "agents" {
  enable_key_rotation = true

  lifecycle {
    prevent_destroy = true
  }
}

module "support" {
  source      = "./modules/agent"
  name        = "support"
  kms_key_arn = aws_kms_key.agents.arn
}

module "draft" {
  source = "./modules/agent"
  name   = "support-draft"
}
