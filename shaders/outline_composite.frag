#version 330 core
// Lays the outline coverage texture over the frame in the outline colour.
uniform sampler2D u_coverage;  // same size as the frame
uniform vec4 u_color;

out vec4 o_color;

void main() {
  float coverage = texelFetch(u_coverage, ivec2(gl_FragCoord.xy), 0).r;
  if (coverage <= 0.0) discard;
  o_color = vec4(u_color.rgb, u_color.a * coverage);
}
