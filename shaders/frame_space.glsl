// Vertex stages: frame pixels (origin top-left, y down, as hgm::PixelRect) to clip space.
uniform vec2 u_frame_size;

vec4 pixel_to_clip(vec2 p) {
  return vec4(p.x / u_frame_size.x * 2.0 - 1.0, 1.0 - p.y / u_frame_size.y * 2.0, 0.0, 1.0);
}
