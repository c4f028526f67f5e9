#version 330 core
#include "frag_space.glsl"
#include "pattern.glsl"

out vec4 o_color;

void main() {
  o_color = area_color(frag_pixel());
}
