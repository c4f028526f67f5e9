// Fragment stages: the frame pixel being shaded (origin top-left, y down; centres at .5).
uniform vec2 u_frame_size;
// Frame rows before the target's first row in GL's order: below the band being drawn (a
// frame drawn in bands: MapRenderer::draw_band), or above it when the target keeps the
// top row first (frame_space.glsl); 0 for a whole frame.
uniform float u_band_bottom;
uniform bool u_rows_top_first;

vec2 frag_pixel() {
  float y = u_rows_top_first ? u_band_bottom + gl_FragCoord.y : u_frame_size.y - u_band_bottom - gl_FragCoord.y;
  return vec2(gl_FragCoord.x, y);
}
