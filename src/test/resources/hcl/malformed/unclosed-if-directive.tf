a = "%{if c}yes"
