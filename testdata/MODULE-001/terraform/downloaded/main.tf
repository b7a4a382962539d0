# A registry module that terraform init downloaded: it is inspected, and what it creates is
# reported at the call, since its own files are not part of the repository.
provider "aws" {
  region = "eu-west-1"
}

module "assistant" { # expect: BEDROCK-001
  source      = "acme/bedrock-agent/aws"
  version     = "1.2.0"
  kms_key_arn = "alias/aws/bedrock"
}
