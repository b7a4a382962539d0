# hash comment
// slash comment
/* block
   comment spanning lines */
a = 1 # trailing hash
b = 2 // trailing slash
c = /* inline */ 3
d = [
  1, # inside a tuple
  2, // also inside
]
block "x" { # after the brace
  e = "# not a comment"
  f = "// not a comment either"
}
/* last */ g = 4
# final comment without newline