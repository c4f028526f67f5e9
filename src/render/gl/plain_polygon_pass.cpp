#include "render/gl/plain_polygon_pass.h"

#include <cmath>

namespace hgm::render::gl {

PlainPolygonPass::PlainPolygonPass()
    : program_("fill.vert", "fill.frag"),
      frame_size_(program_.uniform("u_frame_size")),
      mapping_(program_.uniform("u_mapping")),
      style_(program_) {}

void PlainPolygonPass::draw(const hgm::Frame& frame) {
  // One vertex and index list for all of them; a draw call per colour run.
  std::vector<float> xy;
  std::vector<std::uint32_t> indices;
  struct Run {
    hgm::Color color;
    std::size_t first, count;
  };
  std::vector<Run> runs;
  for (const hgm::FramePolygon& p : frame.polygons) {
    if (p.antialias || p.fill.a == 0 || p.mesh.indices.empty()) continue;
    const auto base = static_cast<std::uint32_t>(xy.size() / 2);
    bool finite = true;
    for (hgm::Vec2 v : p.mesh.vertices) finite &= std::isfinite(v.x) && std::isfinite(v.y);
    if (!finite) continue;
    for (hgm::Vec2 v : p.mesh.vertices) {
      xy.push_back(static_cast<float>(v.x));
      xy.push_back(static_cast<float>(v.y));
    }
    const std::size_t first = indices.size();
    for (std::size_t i = 0; i + 2 < p.mesh.indices.size(); i += 3) {
      const std::uint32_t a = p.mesh.indices[i], b = p.mesh.indices[i + 1], c = p.mesh.indices[i + 2];
      if (a >= p.mesh.vertices.size() || b >= p.mesh.vertices.size() || c >= p.mesh.vertices.size()) continue;
      indices.insert(indices.end(), {base + a, base + b, base + c});
    }
    if (!runs.empty() && runs.back().color == p.fill && runs.back().first + runs.back().count == first)
      runs.back().count += indices.size() - first;
    else
      runs.push_back({p.fill, first, indices.size() - first});
  }
  if (indices.empty()) return;
  vao_.bind();
  vertices_.upload(GL_ARRAY_BUFFER, xy, GL_STREAM_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  indices_.upload(GL_ELEMENT_ARRAY_BUFFER, indices, GL_STREAM_DRAW);
  program_.use();
  set_frame_size(frame_size_, frame);
  set_mapping(mapping_, PixelMapping{1, 1, 0, 0});  // already in pixels
  for (const Run& run : runs) {
    if (run.color.a == 255) {
      glDisable(GL_BLEND);
    } else {
      glEnable(GL_BLEND);
      glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    }
    style_.set(hgm::AreaStyle{run.color, hgm::FillPattern::solid, {}}, frame);
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(run.count), GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(run.first * sizeof(std::uint32_t)));
  }
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

}  // namespace hgm::render::gl
