#include "render/map_renderer.h"

#include "render/frame_walk.h"
#include "render/gl/gl_backend.h"
#include "render/gl/gl_state.h"

namespace hgm::render {

struct MapRenderer::Impl {
  explicit Impl(const Font& font) : backend(font) {}
  gl::GlBackend backend;
};

MapRenderer::MapRenderer(const Font& font) {
  gl::GlStateGuard guard;  // building buffers binds things; leave the context as found
  impl_ = std::make_unique<Impl>(font);
}

MapRenderer::~MapRenderer() = default;
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;

void MapRenderer::draw(const hgm::Frame& frame) { draw_band(frame, 0, frame.height); }

void MapRenderer::draw_band(const hgm::Frame& frame, int first_row, int rows) {
  if (frame.width <= 0 || frame.height <= 0 || rows <= 0) return;
  gl::GlStateGuard guard;
  impl_->backend.set_target(guard.draw_framebuffer(), first_row, rows);
  walk_frame(frame, impl_->backend);
}

void MapRenderer::invalidate() { impl_->backend.scene_buffers().invalidate(); }
std::uint64_t MapRenderer::generation() const { return impl_->backend.scene_buffers().generation(); }

}  // namespace hgm::render
