# Bodies, attributes, and blocks with zero to three labels, quoted or bare.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "k" {
  description             = "bedrock key"
  deletion_window_in_days = 7
  enable_key_rotation     = true
}

resource aws_s3_bucket logs {
  bucket = "logs"
}

three "a" "b" "c" {
  x = 1
}

mixed first "second" third {
  y = 2
}

one_line "x" { value = 1 }
one_line_empty "y" {}
empty {
}

outer {
  inner {
    innermost {
      deep = true
    }
  }
  inner {
    deep = false
  }
}

repeated "r" {
  n = 1
}
repeated "r" {
  n = 2
}
