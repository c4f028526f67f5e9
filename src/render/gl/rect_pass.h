#pragma once
// Frame rectangles (legend swatches, panels): AreaStyle fill, optional stroke, edges
// anti-aliased from a signed distance to the rectangle.
#include "core/layout/frame.h"
#include "render/frame_shapes.h"
#include "render/gl/program.h"
#include "render/gl/uniforms.h"
#include "render/gl/vertex_array.h"

namespace hgm::render::gl {

class RectPass {
 public:
  RectPass();
  // Draws `rects` (visible ones, as frame_walk hands them) in order.
  void draw(const Items<hgm::FrameRect>& rects, const hgm::Frame& frame, const DrawTarget& target) const;

 private:
  Program program_;
  FrameSpaceUniforms frame_size_;
  GLint rect_, margin_, stroke_, stroke_width_;
  AreaStyleUniforms style_;
  VertexArray empty_vao_;
};

}  // namespace hgm::render::gl
