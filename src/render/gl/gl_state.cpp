#include "render/gl/gl_state.h"

namespace hgm::render::gl {

namespace {
void set_enabled(GLenum cap, GLboolean on) {
  if (on) {
    glEnable(cap);
  } else {
    glDisable(cap);
  }
}
}  // namespace

GlStateGuard::GlStateGuard() {
  glGetIntegerv(GL_CURRENT_PROGRAM, &program_);
  glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vertex_array_);
  glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &array_buffer_);
  glGetIntegerv(GL_ACTIVE_TEXTURE, &active_texture_);
  glActiveTexture(GL_TEXTURE0);
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture_2d_);
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_framebuffer_);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_framebuffer_);
  glGetIntegerv(GL_VIEWPORT, viewport_);
  glGetIntegerv(GL_SCISSOR_BOX, scissor_box_);
  blend_ = glIsEnabled(GL_BLEND);
  scissor_ = glIsEnabled(GL_SCISSOR_TEST);
  depth_ = glIsEnabled(GL_DEPTH_TEST);
  stencil_ = glIsEnabled(GL_STENCIL_TEST);
  cull_ = glIsEnabled(GL_CULL_FACE);
  dither_ = glIsEnabled(GL_DITHER);
  srgb_ = glIsEnabled(GL_FRAMEBUFFER_SRGB);
  glGetIntegerv(GL_BLEND_SRC_RGB, &blend_src_rgb_);
  glGetIntegerv(GL_BLEND_DST_RGB, &blend_dst_rgb_);
  glGetIntegerv(GL_BLEND_SRC_ALPHA, &blend_src_alpha_);
  glGetIntegerv(GL_BLEND_DST_ALPHA, &blend_dst_alpha_);
  glGetIntegerv(GL_BLEND_EQUATION_RGB, &blend_eq_rgb_);
  glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &blend_eq_alpha_);
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &unpack_alignment_);
  glGetIntegerv(GL_UNPACK_ROW_LENGTH, &unpack_row_length_);
  glGetIntegerv(GL_PACK_ALIGNMENT, &pack_alignment_);
  glGetBooleanv(GL_COLOR_WRITEMASK, color_mask_);
  glGetFloatv(GL_COLOR_CLEAR_VALUE, clear_color_);
  glGetIntegerv(GL_POLYGON_MODE, polygon_mode_);
}

GlStateGuard::~GlStateGuard() {
  glUseProgram(static_cast<GLuint>(program_));
  glBindVertexArray(static_cast<GLuint>(vertex_array_));
  glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(array_buffer_));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture_2d_));
  glActiveTexture(static_cast<GLenum>(active_texture_));
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw_framebuffer_));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_framebuffer_));
  glViewport(viewport_[0], viewport_[1], viewport_[2], viewport_[3]);
  glScissor(scissor_box_[0], scissor_box_[1], scissor_box_[2], scissor_box_[3]);
  set_enabled(GL_BLEND, blend_);
  set_enabled(GL_SCISSOR_TEST, scissor_);
  set_enabled(GL_DEPTH_TEST, depth_);
  set_enabled(GL_STENCIL_TEST, stencil_);
  set_enabled(GL_CULL_FACE, cull_);
  set_enabled(GL_DITHER, dither_);
  set_enabled(GL_FRAMEBUFFER_SRGB, srgb_);
  glBlendFuncSeparate(static_cast<GLenum>(blend_src_rgb_), static_cast<GLenum>(blend_dst_rgb_),
                      static_cast<GLenum>(blend_src_alpha_), static_cast<GLenum>(blend_dst_alpha_));
  glBlendEquationSeparate(static_cast<GLenum>(blend_eq_rgb_), static_cast<GLenum>(blend_eq_alpha_));
  glPixelStorei(GL_UNPACK_ALIGNMENT, unpack_alignment_);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, unpack_row_length_);
  glPixelStorei(GL_PACK_ALIGNMENT, pack_alignment_);
  glColorMask(color_mask_[0], color_mask_[1], color_mask_[2], color_mask_[3]);
  glClearColor(clear_color_[0], clear_color_[1], clear_color_[2], clear_color_[3]);
  glPolygonMode(GL_FRONT_AND_BACK, static_cast<GLenum>(polygon_mode_[0]));
}

void set_straight_alpha_blend(bool opaque) {
  if (opaque) {
    glDisable(GL_BLEND);
    return;
  }
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void set_plain_2d_state(int width, int height, int band_bottom) {
  glViewport(0, -band_bottom, width, height);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DITHER);
  glDisable(GL_FRAMEBUFFER_SRGB);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
  glActiveTexture(GL_TEXTURE0);
}

}  // namespace hgm::render::gl
