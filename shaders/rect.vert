#version 330 core
// A frame rectangle, grown by u_margin so the stroke and its fringe fit.
#include "frame_space.glsl"

uniform vec4 u_rect;     // x, y, w, h in pixels
uniform float u_margin;

void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));  // strip of 4
  gl_Position = pixel_to_clip(u_rect.xy - vec2(u_margin) + corner * (u_rect.zw + 2.0 * u_margin));
}
