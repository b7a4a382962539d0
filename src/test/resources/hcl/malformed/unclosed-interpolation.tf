x = "${var.a"
