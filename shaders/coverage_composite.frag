#version 330 core
// Lays a coverage layer over the frame in one colour, tile by tile (tile.vert). Polygon
// coverage is a float sum that may be negative (winding) or miss 0 or 1 by a rounding
// error; values that close are taken as exact, so opaque interiors are the exact colour.
uniform sampler2D u_coverage;  // same size as the frame
uniform vec4 u_color;

out vec4 o_color;

void main() {
  float coverage = min(abs(texelFetch(u_coverage, ivec2(gl_FragCoord.xy), 0).r), 1.0);
  if (coverage < 1.0 / 1024.0) discard;
  if (coverage > 1.0 - 1.0 / 1024.0) coverage = 1.0;
  o_color = vec4(u_color.rgb, u_color.a * coverage);
}
