#version 330 core
// Coverage of a round-capped segment (a capsule) at this pixel. Drawn with GL_MAX
// blending into a coverage texture, the union of capsules is the whole outline with
// round joins, and edges shared by two districts are not darkened by drawing them twice.
#include "frag_space.glsl"

flat in vec2 v_from;
flat in vec2 v_to;
uniform float u_half_width;

out vec4 o_coverage;

void main() {
  vec2 p = frag_pixel();
  vec2 ab = v_to - v_from;
  float t = clamp(dot(p - v_from, ab) / max(dot(ab, ab), 1e-12), 0.0, 1.0);
  float d = length(p - (v_from + t * ab));
  // Lines thinner than a pixel are drawn one pixel wide and proportionally fainter.
  float half_width = max(u_half_width, 0.5);
  float coverage = clamp(half_width + 0.5 - d, 0.0, 1.0) * min(2.0 * u_half_width, 1.0);
  o_coverage = vec4(coverage);
}
