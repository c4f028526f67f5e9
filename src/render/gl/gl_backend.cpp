#include "render/gl/gl_backend.h"

#include "render/coverage_geometry.h"
#include "render/gl/gl_state.h"
#include "render/scene_geometry.h"

namespace hgm::render::gl {

void GlBackend::begin(const hgm::Frame& frame) {
  frame_ = &frame;
  set_plain_2d_state(frame.width, frame.height, band_bottom());
}

void GlBackend::background(hgm::Color color) {
  glClearColor(static_cast<float>(color.r) / 255.0f, static_cast<float>(color.g) / 255.0f,
               static_cast<float>(color.b) / 255.0f, static_cast<float>(color.a) / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

void GlBackend::map(const MapLayer& map) {
  const hgm::Frame& frame = *frame_;
  const SceneBuffers& buffers = scene_buffers_.buffers_for(*map.scene);
  const PixelMapping mapping = pixel_mapping(*map.transform, buffers.origin());
  const PixelBox& box = map.clip;
  glEnable(GL_SCISSOR_TEST);
  // GL's origin is bottom-left, and the target's bottom row is band_bottom() of the frame.
  glScissor(box.left, frame.height - box.bottom - band_bottom(), box.width(), box.height());
  fill_.draw(buffers, *map.scene, frame, mapping);
  if (map.outlined) outline_.draw(buffers, frame, mapping, {target_, target_rows()});
  glDisable(GL_SCISSOR_TEST);
}

void GlBackend::rects(const Items<hgm::FrameRect>& rects) { rects_.draw(rects, *frame_); }

void GlBackend::plain_polygons(const Items<hgm::FramePolygon>& polygons) {
  plain_polygons_.draw(polygons, *frame_);
}

void GlBackend::antialiased_polygons(const Items<hgm::FramePolygon>& polygons) {
  coverage_.draw(build_polygon_coverage(polygons, frame_->width, frame_->height), *frame_, {target_, target_rows()});
}

void GlBackend::lines(const Items<hgm::FrameLine>& lines) {
  coverage_.draw(build_line_coverage(lines, frame_->width, frame_->height), *frame_, {target_, target_rows()});
}

void GlBackend::texts(const Items<hgm::FrameText>& texts) { text_.draw(texts, *frame_); }

void GlBackend::end() { frame_ = nullptr; }

}  // namespace hgm::render::gl
