resource "a-${x}" "b" {
}
