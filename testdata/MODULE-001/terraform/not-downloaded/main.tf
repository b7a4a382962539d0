# A registry module that terraform init has not downloaded: what it creates cannot be checked,
# and the scan says so instead of passing it.
provider "aws" {
  region = "eu-west-1"
}

module "assistant" { # expect: MODULE-001 unknown
  source  = "acme/bedrock-agent/aws"
  version = "1.2.0"
}

# Not created: nothing to inspect.
module "disabled" {
  source = "git::https://example.com/acme/bedrock-guardrail.git?ref=v2"
  count  = 0
}
