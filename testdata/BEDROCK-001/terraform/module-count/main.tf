# Module calls with count: a call that creates nothing is not reported; the one that does is.
provider "aws" {
  region = "eu-west-1"
}

module "switched_off" {
  source = "./agent"
  count  = 0
}

module "managed_key" {
  source      = "./agent"
  count       = 1
  kms_key_arn = "alias/aws/bedrock"
}
