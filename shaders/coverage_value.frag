#version 330 core
// One coverage value everywhere (0, to clear tiles of a coverage layer).
uniform float u_value;

out vec4 o_coverage;

void main() {
  o_coverage = vec4(u_value);
}
