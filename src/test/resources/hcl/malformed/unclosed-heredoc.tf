x = <<EOT
hello
