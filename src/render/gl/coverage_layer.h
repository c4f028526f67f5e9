#pragma once
// Draws CoverageGeometry (frame polygons and lines) batch by batch: for each batch, clear
// its tiles of a float coverage texture the size of the target, draw the batch into it
// (line segments merged by maximum, polygon edges summed), and lay those tiles over the
// target in the batch colour. Overlapping pieces of one colour never darken, opaque
// polygon interiors come out as the exact #rrggbb, and edges are anti-aliased without
// multisampling. Work stays within the tiles a batch touches.
#include "core/layout/frame.h"
#include "render/coverage_geometry.h"
#include "render/gl/buffer.h"
#include "render/gl/framebuffer.h"
#include "render/gl/program.h"
#include "render/gl/texture.h"
#include "render/gl/uniforms.h"
#include "render/gl/vertex_array.h"

namespace hgm::render::gl {

class CoverageLayer {
 public:
  CoverageLayer();
  // Draws into `target` (the framebuffer the frame, or a band of it, goes to), clipped to
  // the frame only. Leaves `target` bound and blending off.
  void draw(const CoverageGeometry& geometry, const hgm::Frame& frame, DrawTarget target);

 private:
  void ensure_size(int width, int height);
  void set_uniforms(const hgm::Frame& frame, const DrawTarget& target);

  Program segments_;
  FrameSpaceUniforms seg_frame_size_;
  Program edges_;
  FrameSpaceUniforms edge_frame_size_;
  Program clear_;
  FrameSpaceUniforms clear_frame_size_;
  Program composite_;
  FrameSpaceUniforms comp_frame_size_;
  GLint comp_coverage_, comp_color_;

  Buffer corners_;             // the four corners of an instanced quad
  VertexArray segment_vao_;    // 0: corner; 1, 2: segment, shape (per instance)
  Buffer segment_buffer_;
  VertexArray edge_vao_;       // 0: corner; 1, 2: edge, left (per instance)
  Buffer edge_buffer_;
  VertexArray rect_vao_;       // 0: tile rectangle (per instance)
  Buffer rect_buffer_;

  Texture coverage_;
  Framebuffer coverage_fbo_;
  int width_ = 0, height_ = 0;
};

}  // namespace hgm::render::gl
