// Vertex stages: frame pixels (origin top-left, y down, as hgm::PixelRect) to clip space.
uniform vec2 u_frame_size;
// Whether the target keeps the frame's top row first in memory, as a window does
// (render::RowOrder::top_down): the frame is then drawn upside down in GL's terms.
uniform bool u_rows_top_first;

vec4 pixel_to_clip(vec2 p) {
  float y = 1.0 - p.y / u_frame_size.y * 2.0;
  return vec4(p.x / u_frame_size.x * 2.0 - 1.0, u_rows_top_first ? -y : y, 0.0, 1.0);
}
