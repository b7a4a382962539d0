terraform {
  required_version = ">= 1.5"
  required_providers {
    aws   = { source = "hashicorp/aws", version = "~> 5.0" }
    awscc = { source = "hashicorp/awscc" }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "agents" {
  description         = "Encrypts agent session data"
  enable_key_rotation = true
  lifecycle {
    prevent_destroy = true
  }
}

resource aws_kms_alias agents { name = "alias/agents" }

block "one" "two" three { a = 1 }
empty {}
