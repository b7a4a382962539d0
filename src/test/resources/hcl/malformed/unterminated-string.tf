x = "never closed
y = 2
