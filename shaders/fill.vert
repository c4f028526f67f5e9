#version 330 core
// Map feature fills: mesh vertices in map units (relative to the scene origin) to pixels.
#include "frame_space.glsl"

layout(location = 0) in vec2 a_position;
uniform vec4 u_mapping;  // pixel = position * u_mapping.xy + u_mapping.zw

void main() {
  gl_Position = pixel_to_clip(a_position * u_mapping.xy + u_mapping.zw);
}
