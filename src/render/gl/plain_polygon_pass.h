#pragma once
// Frame polygons whose edges lines will cover (FramePolygon::antialias == false), drawn
// as plain triangles in their exact colour: a fraction of the coverage layer's cost.
#include "core/layout/frame.h"
#include "render/frame_shapes.h"
#include "render/gl/buffer.h"
#include "render/gl/program.h"
#include "render/gl/uniforms.h"
#include "render/gl/vertex_array.h"

namespace hgm::render::gl {

class PlainPolygonPass {
 public:
  PlainPolygonPass();
  // Draws `polygons` (plain ones, as frame_walk hands them) in order.
  void draw(const Items<hgm::FramePolygon>& polygons, const hgm::Frame& frame, const DrawTarget& target);

 private:
  Program program_;
  FrameSpaceUniforms frame_size_;
  GLint mapping_;
  AreaStyleUniforms style_;
  VertexArray vao_;
  Buffer vertices_;
};

}  // namespace hgm::render::gl
