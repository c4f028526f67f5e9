#pragma once
// District outlines as anti-aliased lines of a constant pixel width. Every segment is a
// round-capped capsule whose coverage is computed per pixel and merged with GL_MAX into a
// coverage texture; the texture is then laid over the frame in the outline colour. This
// gives round joins, no gaps or overdraw at joints, and shared borders drawn twice (once
// per neighbouring district) look exactly like borders drawn once.
#include "core/layout/frame.h"
#include "render/gl/framebuffer.h"
#include "render/gl/program.h"
#include "render/gl/scene_buffers.h"
#include "render/gl/texture.h"
#include "render/gl/uniforms.h"
#include "render/gl/vertex_array.h"
#include "render/scene_geometry.h"

namespace hgm::render::gl {

class OutlinePass {
 public:
  OutlinePass();
  // Draws into `target` (the framebuffer the frame goes to) in frame.outline, which the
  // walk found visible (map_outlines_visible); the caller has set the scissor to the map
  // viewport.
  void draw(const SceneBuffers& buffers, const hgm::Frame& frame, const PixelMapping& mapping, DrawTarget target);

 private:
  void ensure_coverage_size(int width, int height);

  Program segments_;
  FrameSpaceUniforms seg_frame_size_;
  GLint seg_mapping_, seg_half_width_;
  Program composite_;
  GLint comp_coverage_, comp_color_;
  VertexArray empty_vao_;  // the fullscreen triangle has no attributes
  Texture coverage_;
  Framebuffer coverage_fbo_;
  int coverage_width_ = 0, coverage_height_ = 0;
};

}  // namespace hgm::render::gl
