#version 330 core
// One instance per segment of a frame line, in frame pixels: a quad around the segment
// reaching its half width plus one pixel of fringe beyond it on every side
// (src/render/coverage_geometry.cpp marks the tiles this quad can touch).
#include "frame_space.glsl"

layout(location = 0) in vec2 a_corner;   // per vertex: (-1 | 1, -1 | 1)
layout(location = 1) in vec4 a_segment;  // per instance: from.xy, to.xy in pixels
layout(location = 2) in vec2 a_shape;    // per instance: half width in pixels, fade

flat out vec2 v_from;
flat out vec2 v_to;
flat out vec2 v_shape;

void main() {
  vec2 from = a_segment.xy;
  vec2 to = a_segment.zw;
  vec2 along = to - from;
  float len = length(along);
  vec2 dir = len > 1e-6 ? along / len : vec2(1.0, 0.0);
  vec2 across = vec2(-dir.y, dir.x);
  float reach = a_shape.x + 1.0;
  vec2 end = a_corner.x < 0.0 ? from : to;
  v_from = from;
  v_to = to;
  v_shape = a_shape;
  gl_Position = pixel_to_clip(end + dir * a_corner.x * reach + across * a_corner.y * reach);
}
