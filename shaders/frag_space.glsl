// Fragment stages: the frame pixel being shaded (origin top-left, y down; centres at .5).
uniform vec2 u_frame_size;
// Frame rows below the band being drawn (a frame drawn in bands: MapRenderer::draw_band);
// 0 for a whole frame.
uniform float u_band_bottom;

vec2 frag_pixel() {
  return vec2(gl_FragCoord.x, u_frame_size.y - u_band_bottom - gl_FragCoord.y);
}
