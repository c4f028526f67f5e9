#version 330 core
// One instance per rectangle of frame tiles (a strip of 4 vertices): the pixels a
// coverage batch clears and lays over.
#include "frame_space.glsl"

layout(location = 0) in vec4 a_rect;  // per instance: x, y, width, height in pixels

void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  gl_Position = pixel_to_clip(a_rect.xy + corner * a_rect.zw);
}
