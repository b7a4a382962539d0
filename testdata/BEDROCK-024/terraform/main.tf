# BEDROCK-024: CloudTrail trails in Terraform (aws and awscc providers): an event_selector block
# that excludes kms.amazonaws.com fires, on the excluding entry; a trail that excludes only other
# sources is silent; an exclusion list from a variable without a default is unknown.
variable "excluded_sources" {
  type = list(string)
}

resource "aws_cloudtrail" "without_kms" {
  name           = "org"
  s3_bucket_name = "trail-logs"
  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }
  event_selector {
    read_write_type                  = "WriteOnly"
    include_management_events        = true
    exclude_management_event_sources = ["kms.amazonaws.com"] # expect: BEDROCK-024
  }
}

resource "awscc_cloudtrail_trail" "awscc_without_kms" {
  is_logging     = true
  s3_bucket_name = "trail-logs"
  event_selectors = [{
    include_management_events = true
    exclude_management_event_sources = [
      "kms.amazonaws.com", # expect: BEDROCK-024
    ]
  }]
}

resource "aws_cloudtrail" "without_rds_data" {
  name           = "org"
  s3_bucket_name = "trail-logs"
  event_selector {
    include_management_events        = true
    exclude_management_event_sources = ["rdsdata.amazonaws.com"]
  }
}

resource "aws_cloudtrail" "from_variable" {
  name           = "org"
  s3_bucket_name = "trail-logs"
  event_selector {
    include_management_events        = true
    exclude_management_event_sources = var.excluded_sources # expect: BEDROCK-024 unknown
  }
}

resource "awscc_cloudtrail_trail" "awscc_everything" {
  is_logging     = true
  s3_bucket_name = "trail-logs"
  event_selectors = [{
    include_management_events = true
  }]
}
