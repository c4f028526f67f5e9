#version 330 core
// Coverage 0 everywhere: clears tiles of a coverage layer.
out vec4 o_coverage;

void main() {
  o_coverage = vec4(0.0);
}
