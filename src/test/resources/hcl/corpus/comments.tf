# hash comment
// slash comment
/* block
   comment */
resource "aws_bedrockagent_agent" "commented" { # trailing hash
  agent_name = "x" // trailing slash
  /* inline */ instruction = "y"
}
