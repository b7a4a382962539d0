# A root module passing keys into a local agent module: each instance is checked with what its
# caller gives it.
resource "aws_kms_key" "agents" {}

module "key" {
  source = "./key"
}

module "with_cmk" {
  source      = "./agent"
  kms_key_arn = aws_kms_key.agents.arn
}

module "from_output" {
  source      = "./agent"
  kms_key_arn = module.key.arn
}

module "without_key" {
  source = "./agent"
}

module "aws_managed" {
  source      = "./agent"
  kms_key_arn = "alias/aws/bedrock"
}
