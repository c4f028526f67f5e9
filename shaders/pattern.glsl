// Area fills (hgm::AreaStyle): solid, hatch ("/" lines) or no data (crosshatch "x").
// Lines are laid out in frame pixels, so they keep their width at any zoom; on the map
// they are anchored to a map point, so panning moves them with the districts.
uniform vec4 u_fill;
uniform vec4 u_pattern_color;
uniform int u_pattern;            // 0 solid, 1 hatch, 2 no data
uniform float u_pattern_spacing;  // pixels between neighbouring lines
uniform float u_pattern_line;     // line width in pixels
uniform vec2 u_pattern_origin;    // frame pixel where a line of each direction passes

// Anti-aliased coverage of stripes at every multiple of the spacing along u.
float stripe_coverage(float u) {
  float d = abs(u - u_pattern_spacing * floor(u / u_pattern_spacing + 0.5));
  return clamp(u_pattern_line * 0.5 + 0.5 - d, 0.0, 1.0) * min(u_pattern_line, 1.0);
}

// Solid fills return u_fill untouched, so opaque fills land as the exact #rrggbb.
vec4 area_color(vec2 p) {
  if (u_pattern == 0) return u_fill;
  p -= u_pattern_origin;
  const float k = 0.70710678;  // distances across 45-degree lines
  float coverage = stripe_coverage((p.x + p.y) * k);
  if (u_pattern == 2) coverage = max(coverage, stripe_coverage((p.x - p.y) * k));
  return vec4(mix(u_fill.rgb, u_pattern_color.rgb, coverage * u_pattern_color.a), u_fill.a);
}
