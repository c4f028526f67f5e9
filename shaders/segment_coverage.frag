#version 330 core
// Coverage of a round-capped segment at this pixel, merged with GL_MAX into a coverage
// layer: overlapping pieces of one line never add up. Lines thinner than a pixel come
// with half width 1/2 and a fade below 1 (src/render/coverage_geometry.cpp).
#include "frag_space.glsl"

flat in vec2 v_from;
flat in vec2 v_to;
flat in vec2 v_shape;  // half width in pixels, fade

out vec4 o_coverage;

void main() {
  vec2 p = frag_pixel();
  vec2 ab = v_to - v_from;
  float t = clamp(dot(p - v_from, ab) / max(dot(ab, ab), 1e-12), 0.0, 1.0);
  float d = length(p - (v_from + t * ab));
  o_coverage = vec4(clamp(v_shape.x + 0.5 - d, 0.0, 1.0) * v_shape.y);
}
