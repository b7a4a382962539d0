a = "%{ while x }"
