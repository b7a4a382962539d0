a = x[*.y
