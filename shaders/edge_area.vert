#version 330 core
// One instance per directed polygon boundary edge, in frame pixels: a quad from the
// polygon's left side to one pixel right of the edge, over the edge's rows (plus one
// pixel each way): every pixel that can lie left of the edge.
#include "frame_space.glsl"

layout(location = 0) in vec2 a_corner;  // per vertex: (-1 | 1, -1 | 1)
layout(location = 1) in vec4 a_edge;    // per instance: from.xy, to.xy in pixels
layout(location = 2) in float a_left;   // per instance: the polygon's leftmost x

flat out vec4 v_edge;

void main() {
  float left = a_left - 1.0;
  float right = max(a_edge.x, a_edge.z) + 1.0;
  float top = min(a_edge.y, a_edge.w) - 1.0;
  float bottom = max(a_edge.y, a_edge.w) + 1.0;
  v_edge = a_edge;
  gl_Position = pixel_to_clip(vec2(a_corner.x < 0.0 ? left : right, a_corner.y < 0.0 ? top : bottom));
}
