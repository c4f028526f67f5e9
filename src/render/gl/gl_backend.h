#pragma once
// The OpenGL backend of frame_walk: draws each layer it is handed into the framebuffer
// `target` with the passes below. Map fills keep their exact #rrggbb; outlines, polygons
// and lines are anti-aliased through coverage textures; texts come from a glyph atlas.
// Needs a current OpenGL 3.3 core context; MapRenderer saves and restores the GL state
// around a walk.
#include "render/frame_walk.h"
#include "render/gl/coverage_layer.h"
#include "render/gl/fill_pass.h"
#include "render/gl/outline_pass.h"
#include "render/gl/plain_polygon_pass.h"
#include "render/gl/rect_pass.h"
#include "render/gl/scene_buffer_cache.h"
#include "render/gl/text_pass.h"

namespace hgm::render::gl {

class GlBackend final : public FrameBackend {
 public:
  explicit GlBackend(const Font& font) : text_(font) {}

  // The framebuffer the next walk draws into: frame.width x frame.height, or for a band of
  // the frame (rows first_row .. first_row + rows from the top), frame.width x rows;
  // `rows_top_first`: it keeps the top row first in memory (render::RowOrder::top_down).
  void set_target(GLuint target) { set_target(target, 0, 0, false); }
  void set_target(GLuint target, int first_row, int rows, bool rows_top_first) {
    target_ = target;
    band_first_row_ = first_row;
    band_rows_ = rows;
    rows_top_first_ = rows_top_first;
  }
  SceneBufferCache& scene_buffers() { return scene_buffers_; }

  void begin(const hgm::Frame& frame) override;
  void background(hgm::Color color) override;
  void map(const MapLayer& map) override;
  void rects(const Items<hgm::FrameRect>& rects) override;
  void plain_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void antialiased_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void lines(const Items<hgm::FrameLine>& lines) override;
  void texts(const Items<hgm::FrameText>& texts) override;
  void end() override;

 private:
  FillPass fill_;
  OutlinePass outline_;
  RectPass rects_;
  PlainPolygonPass plain_polygons_;
  CoverageLayer coverage_;  // anti-aliased polygons and lines
  TextPass text_;
  SceneBufferCache scene_buffers_;

  // The target's rows, and the frame rows before its first row in GL's order (which
  // counts from the bottom): those below the band, or above it when the rows are kept
  // top row first.
  int target_rows() const { return band_rows_ > 0 ? band_rows_ : frame_->height; }
  int rows_before_target() const {
    if (band_rows_ <= 0) return 0;
    return rows_top_first_ ? band_first_row_ : frame_->height - band_first_row_ - band_rows_;
  }
  DrawTarget draw_target() const { return {target_, target_rows(), rows_top_first_}; }

  GLuint target_ = 0;
  int band_first_row_ = 0, band_rows_ = 0;  // rows 0: the whole frame
  bool rows_top_first_ = false;
  const hgm::Frame* frame_ = nullptr;  // during a walk
};

}  // namespace hgm::render::gl
