#version 330 core
// Ink over halo, both from one two-channel atlas texel; output premultiplied.
uniform sampler2D u_atlas;  // r: ink coverage, g: halo coverage

in vec2 v_texel;
flat in vec4 v_ink;
flat in vec4 v_halo;

out vec4 o_color;

void main() {
  vec2 coverage = texelFetch(u_atlas, ivec2(floor(v_texel)), 0).rg;
  float ink = coverage.r * v_ink.a;
  float halo = coverage.g * v_halo.a * (1.0 - ink);
  float a = ink + halo;
  if (a <= 0.0) discard;
  o_color = vec4(v_ink.rgb * ink + v_halo.rgb * halo, a);
}
