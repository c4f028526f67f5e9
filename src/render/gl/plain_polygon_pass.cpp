#include "render/gl/plain_polygon_pass.h"

#include "render/frame_shapes.h"
#include "render/gl/gl_state.h"

namespace hgm::render::gl {

PlainPolygonPass::PlainPolygonPass()
    : program_("fill.vert", "fill.frag"),
      frame_size_(program_),
      mapping_(program_.uniform("u_mapping")),
      style_(program_) {}

void PlainPolygonPass::draw(const Items<hgm::FramePolygon>& polygons, const hgm::Frame& frame, const DrawTarget& target) {
  // The drawable triangles (the same rules as every backend), one draw call per colour run.
  std::vector<float> xy;
  struct Run {
    hgm::Color color;
    GLint first;
    GLsizei count;
  };
  std::vector<Run> runs;
  for (const hgm::FramePolygon* drawn : polygons) {
    const hgm::FramePolygon& p = *drawn;
    const auto first = static_cast<GLint>(xy.size() / 2);
    for (const PixelTriangle& t : polygon_triangles(p))
      for (hgm::Vec2 v : {t.a, t.b, t.c}) {
        xy.push_back(static_cast<float>(v.x));
        xy.push_back(static_cast<float>(v.y));
      }
    const auto count = static_cast<GLsizei>(xy.size() / 2) - first;
    if (count == 0) continue;
    if (!runs.empty() && runs.back().color == p.fill) runs.back().count += count;
    else runs.push_back({p.fill, first, count});
  }
  if (runs.empty()) return;
  vao_.bind();
  vertices_.upload(GL_ARRAY_BUFFER, xy, GL_STREAM_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  program_.use();
  set_frame_size(frame_size_, frame, target);
  set_mapping(mapping_, PixelMapping{1, 1, 0, 0});  // already in pixels
  for (const Run& run : runs) {
    set_straight_alpha_blend(run.color.a == 255);
    style_.set(hgm::AreaStyle{run.color, hgm::FillPattern::solid, {}}, frame);
    glDrawArrays(GL_TRIANGLES, run.first, run.count);
  }
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

}  // namespace hgm::render::gl
