#version 330 core
// One instance per outline segment: a quad around the segment, reaching half the line
// width plus one pixel of anti-aliasing fringe beyond it on every side.
#include "frame_space.glsl"

layout(location = 0) in vec2 a_corner;  // per vertex: (-1 | 1, -1 | 1)
layout(location = 1) in vec2 a_from;    // per instance, map units relative to the origin
layout(location = 2) in vec2 a_to;
uniform vec4 u_mapping;                 // pixel = position * u_mapping.xy + u_mapping.zw
uniform float u_half_width;             // pixels

flat out vec2 v_from;  // segment ends in frame pixels
flat out vec2 v_to;

void main() {
  vec2 from = a_from * u_mapping.xy + u_mapping.zw;
  vec2 to = a_to * u_mapping.xy + u_mapping.zw;
  vec2 along = to - from;
  float len = length(along);
  vec2 dir = len > 1e-6 ? along / len : vec2(1.0, 0.0);
  vec2 across = vec2(-dir.y, dir.x);
  float reach = max(u_half_width, 0.5) + 1.0;
  vec2 end = a_corner.x < 0.0 ? from : to;
  v_from = from;
  v_to = to;
  gl_Position = pixel_to_clip(end + dir * a_corner.x * reach + across * a_corner.y * reach);
}
