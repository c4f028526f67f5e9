#version 330 core
// Text quads: whole lines of text from the atlas, pixel-aligned.
#include "frame_space.glsl"

layout(location = 0) in vec2 a_position;  // frame pixels
layout(location = 1) in vec2 a_texel;     // atlas texels
layout(location = 2) in vec4 a_ink;       // normalised RGBA
layout(location = 3) in vec4 a_halo;

out vec2 v_texel;
flat out vec4 v_ink;
flat out vec4 v_halo;

void main() {
  v_texel = a_texel;
  v_ink = a_ink;
  v_halo = a_halo;
  gl_Position = pixel_to_clip(a_position);
}
