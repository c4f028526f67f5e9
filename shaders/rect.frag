#version 330 core
// Rectangle fill (any AreaStyle) with an optional stroke centred on its edge; output is
// premultiplied (blend ONE, ONE_MINUS_SRC_ALPHA).
#include "frag_space.glsl"
#include "pattern.glsl"

uniform vec4 u_rect;          // x, y, w, h in pixels
uniform vec4 u_stroke;        // alpha 0: no stroke
uniform float u_stroke_width;

out vec4 o_color;

void main() {
  vec2 p = frag_pixel();
  vec2 half_size = u_rect.zw * 0.5;
  vec2 q = abs(p - (u_rect.xy + half_size)) - half_size;
  float sd = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);  // signed distance to the edge
  vec4 fill = area_color(p);
  float fill_a = fill.a * clamp(0.5 - sd, 0.0, 1.0);
  float stroke_a = 0.0;
  if (u_stroke.a > 0.0 && u_stroke_width > 0.0) {
    float half_width = max(u_stroke_width * 0.5, 0.5);
    stroke_a = u_stroke.a * clamp(half_width + 0.5 - abs(sd), 0.0, 1.0) * min(u_stroke_width, 1.0);
  }
  float a = stroke_a + fill_a * (1.0 - stroke_a);
  if (a <= 0.0) discard;
  o_color = vec4(u_stroke.rgb * stroke_a + fill.rgb * fill_a * (1.0 - stroke_a), a);
}
