#include "render/gl/fill_pass.h"

#include <algorithm>

#include "render/gl/gl_state.h"

namespace hgm::render::gl {

FillPass::FillPass()
    : program_("fill.vert", "fill.frag"),
      frame_size_(program_),
      mapping_(program_.uniform("u_mapping")),
      style_(program_) {}

void FillPass::draw(const SceneBuffers& buffers, const hgm::Scene& scene, const hgm::Frame& frame,
                    const PixelMapping& mapping, const DrawTarget& target) const {
  program_.use();
  set_frame_size(frame_size_, frame, target);
  set_mapping(mapping_, mapping);
  buffers.bind_fills();
  const hgm::Vec2 origin = pattern_anchor(mapping, frame);
  const auto& features = scene.features;
  const std::size_t count = std::min(features.size(), buffers.features().size());
  for (std::size_t i = 0; i < count; ++i) {
    const auto& range = buffers.features()[i];
    if (range.index_count == 0) continue;
    const hgm::AreaStyle& style = features[i].style;
    if (style.fill.a == 0) continue;
    set_straight_alpha_blend(style.fill.a == 255);
    style_.set(style, frame, origin);
    glDrawElementsBaseVertex(GL_TRIANGLES, static_cast<GLsizei>(range.index_count), GL_UNSIGNED_INT,
                             reinterpret_cast<const void*>(range.first_index * sizeof(std::uint32_t)),
                             range.base_vertex);
  }
  glDisable(GL_BLEND);
}

}  // namespace hgm::render::gl
