#include "render/gl/outline_pass.h"

#include "render/gl/gl_state.h"
#include "render/gl/uniforms.h"

namespace hgm::render::gl {

OutlinePass::OutlinePass()
    : segments_("outline.vert", "outline_coverage.frag"),
      seg_frame_size_(segments_),
      seg_mapping_(segments_.uniform("u_mapping")),
      seg_half_width_(segments_.uniform("u_half_width")),
      composite_("fullscreen.vert", "outline_composite.frag"),
      comp_coverage_(composite_.uniform("u_coverage")),
      comp_color_(composite_.uniform("u_color")) {}

void OutlinePass::ensure_coverage_size(int width, int height) {
  if (width == coverage_width_ && height == coverage_height_) return;
  coverage_.allocate(GL_R8, width, height, GL_RED, GL_UNSIGNED_BYTE, nullptr);
  glBindFramebuffer(GL_FRAMEBUFFER, coverage_fbo_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, coverage_.id(), 0);
  require_complete_framebuffer(GL_FRAMEBUFFER, "outline coverage buffer");
  coverage_width_ = width;
  coverage_height_ = height;
}

void OutlinePass::draw(const SceneBuffers& buffers, const hgm::Frame& frame, const PixelMapping& mapping,
                       DrawTarget target) {
  if (buffers.segment_count() == 0) return;
  ensure_coverage_size(frame.width, target.rows);  // drawn and read in the target's pixels

  // 1. Coverage of all segments, merged by maximum. The whole texture is cleared, not
  // only the map's viewport (the scissor): a multisampled target lets the edge samples of
  // the pixels just outside the scissor through (Mesa's llvmpipe does, on the left and
  // bottom), so step 2 reads a pixel beyond the viewport, where the coverage of an earlier
  // map (the map view before a chart took its room, the other side-by-side map) was left.
  glBindFramebuffer(GL_FRAMEBUFFER, coverage_fbo_.id());
  glClearColor(0, 0, 0, 0);
  glDisable(GL_SCISSOR_TEST);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);  // the segments and step 2 stay inside the viewport
  glEnable(GL_BLEND);
  glBlendEquation(GL_MAX);
  glBlendFunc(GL_ONE, GL_ONE);
  segments_.use();
  set_frame_size(seg_frame_size_, frame, target);
  set_mapping(seg_mapping_, mapping);
  glUniform1f(seg_half_width_, static_cast<float>(frame.outline_width_px / 2));
  buffers.bind_outlines();
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, buffers.segment_count());
  glBlendEquation(GL_FUNC_ADD);

  // 2. The coverage over the frame in the outline colour.
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  set_straight_alpha_blend();  // edge pixels are partly covered
  composite_.use();
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, coverage_.id());
  glUniform1i(comp_coverage_, 0);
  set_color(comp_color_, frame.outline);
  empty_vao_.bind();
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glDisable(GL_BLEND);
}

}  // namespace hgm::render::gl
