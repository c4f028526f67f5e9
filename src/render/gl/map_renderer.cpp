#include "render/map_renderer.h"

#include "render/frame_walk.h"
#include "render/gl/gl_backend.h"
#include "render/gl/gl_state.h"

namespace hgm::render {

struct MapRenderer::Impl {
  explicit Impl(const Font& font) : backend(font) {}
  gl::GlBackend backend;

  void draw(const hgm::Frame& frame, int first_row, int rows, RowOrder order) {
    if (frame.width <= 0 || frame.height <= 0 || rows <= 0) return;
    gl::GlStateGuard guard;
    backend.set_target(guard.draw_framebuffer(), first_row, rows, order == RowOrder::top_down);
    walk_frame(frame, backend);
  }
};

MapRenderer::MapRenderer(const Font& font) {
  gl::GlStateGuard guard;  // building buffers binds things; leave the context as found
  impl_ = std::make_unique<Impl>(font);
}

MapRenderer::~MapRenderer() = default;
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;

void MapRenderer::draw(const hgm::Frame& frame, RowOrder order) { impl_->draw(frame, 0, frame.height, order); }

void MapRenderer::draw_band(const hgm::Frame& frame, int first_row, int rows) {
  impl_->draw(frame, first_row, rows, RowOrder::bottom_up);
}

void MapRenderer::invalidate() { impl_->backend.scene_buffers().invalidate(); }
std::uint64_t MapRenderer::generation() const { return impl_->backend.scene_buffers().generation(); }

}  // namespace hgm::render
