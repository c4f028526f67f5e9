#include "render/gl/gl_backend.h"

#include "render/coverage_geometry.h"
#include "render/gl/gl_state.h"
#include "render/scene_geometry.h"

namespace hgm::render::gl {

void GlBackend::begin(const hgm::Frame& frame) {
  frame_ = &frame;
  set_plain_2d_state(frame.width, frame.height, rows_before_target());
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
  // GL counts the target's rows from its first in memory: the bottom row, or the top one.
  const int first_box_row = rows_top_first_ ? box.top : frame.height - box.bottom;
  glScissor(box.left, first_box_row - rows_before_target(), box.width(), box.height());
  fill_.draw(buffers, *map.scene, frame, mapping, draw_target());
  if (map.outlined) outline_.draw(buffers, frame, mapping, draw_target());
  glDisable(GL_SCISSOR_TEST);
}

void GlBackend::rects(const Items<hgm::FrameRect>& rects) { rects_.draw(rects, *frame_, draw_target()); }

void GlBackend::plain_polygons(const Items<hgm::FramePolygon>& polygons) {
  plain_polygons_.draw(polygons, *frame_, draw_target());
}

void GlBackend::antialiased_polygons(const Items<hgm::FramePolygon>& polygons) {
  coverage_.draw(build_polygon_coverage(polygons, frame_->width, frame_->height), *frame_, draw_target());
}

void GlBackend::lines(const Items<hgm::FrameLine>& lines) {
  coverage_.draw(build_line_coverage(lines, frame_->width, frame_->height), *frame_, draw_target());
}

void GlBackend::texts(const Items<hgm::FrameText>& texts) { text_.draw(texts, *frame_, draw_target()); }

void GlBackend::end() { frame_ = nullptr; }

}  // namespace hgm::render::gl
