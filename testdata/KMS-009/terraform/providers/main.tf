# Each resource deploys with its own provider configuration: the default one (eu-west-1), an
# aliased one (us-east-1), one passed to a module, or its own region argument (aws provider v6).
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

# Right: the aliased provider deploys to us-east-1, where the key is.
resource "aws_bedrockagent_agent" "us" {
  provider                    = aws.us
  agent_name                  = "us"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Wrong: the default provider deploys to eu-west-1.
resource "aws_bedrockagent_agent" "eu" {
  agent_name                  = "eu"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # expect: KMS-009
}

# Right: the resource's own region wins over its provider's.
resource "aws_bedrockagent_agent" "own_region" {
  region                      = "us-east-1"
  agent_name                  = "own"
  customer_encryption_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# The module deploys with the aliased provider it is given.
module "in_us" {
  source = "./agents"
  providers = {
    aws = aws.us
  }
  key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# The module inherits the default provider: a us-east-1 key is wrong there.
module "in_eu" {
  source  = "./agents"
  key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
