#version 330 core
// Exact area coverage of polygons, summed edge by edge (drawn with additive blending into
// a float coverage layer). An edge gives this pixel the area of the pixel that lies left
// of it within the edge's rows, positive for edges going down and negative going up; the
// sum over a closed boundary is the area of the pixel inside the polygon (negated for the
// other winding), holes included. No multisampling needed, and pixels wholly inside sum
// to exactly one.
#include "frag_space.glsl"

flat in vec4 v_edge;  // from.xy, to.xy in pixels

out vec4 o_coverage;

// Integral of clamp(t, 0, 1) from 0 to u.
float ramp_integral(float u) {
  return u <= 0.0 ? 0.0 : (u < 1.0 ? 0.5 * u * u : u - 0.5);
}

void main() {
  vec2 corner = floor(frag_pixel());  // this pixel is corner .. corner + 1
  vec2 a = v_edge.xy;
  vec2 b = v_edge.zw;
  float y0 = max(min(a.y, b.y), corner.y);
  float y1 = min(max(a.y, b.y), corner.y + 1.0);
  if (y1 <= y0) discard;
  // Within rows y0..y1 the edge's x, relative to the pixel's left side, runs from u0 to u1;
  // the pixel's width left of the edge is clamp(u, 0, 1), integrated over those rows.
  float slope = (b.x - a.x) / (b.y - a.y);
  float u0 = a.x + (y0 - a.y) * slope - corner.x;
  float u1 = a.x + (y1 - a.y) * slope - corner.x;
  float area = abs(u1 - u0) < 1e-3 ? clamp(0.5 * (u0 + u1), 0.0, 1.0) * (y1 - y0)
                                   : (ramp_integral(u1) - ramp_integral(u0)) / (u1 - u0) * (y1 - y0);
  o_coverage = vec4(b.y > a.y ? area : -area);
}
