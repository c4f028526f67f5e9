// Fragment stages: the frame pixel being shaded (origin top-left, y down; centres at .5).
uniform vec2 u_frame_size;

vec2 frag_pixel() {
  return vec2(gl_FragCoord.x, u_frame_size.y - gl_FragCoord.y);
}
