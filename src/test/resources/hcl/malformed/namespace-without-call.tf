a = provider::aws::arn
