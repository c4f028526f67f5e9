#pragma once
// Saves the GL state the renderer touches and puts it back on destruction, so whatever
// draws next (ImGui in the window) finds the context as it left it.
#include <glad/gl.h>

namespace hgm::render::gl {

class GlStateGuard {
 public:
  GlStateGuard();
  ~GlStateGuard();
  GlStateGuard(const GlStateGuard&) = delete;
  GlStateGuard& operator=(const GlStateGuard&) = delete;

  // The framebuffer that was bound for drawing when the guard was made.
  GLuint draw_framebuffer() const { return static_cast<GLuint>(draw_framebuffer_); }

 private:
  GLint program_ = 0, vertex_array_ = 0, array_buffer_ = 0, active_texture_ = 0, texture_2d_ = 0;
  GLint draw_framebuffer_ = 0, read_framebuffer_ = 0;
  GLint viewport_[4] = {}, scissor_box_[4] = {};
  GLboolean blend_ = GL_FALSE, scissor_ = GL_FALSE, depth_ = GL_FALSE, stencil_ = GL_FALSE, cull_ = GL_FALSE,
            dither_ = GL_FALSE, srgb_ = GL_FALSE;
  GLint blend_src_rgb_ = 0, blend_dst_rgb_ = 0, blend_src_alpha_ = 0, blend_dst_alpha_ = 0;
  GLint blend_eq_rgb_ = 0, blend_eq_alpha_ = 0;
  GLint unpack_alignment_ = 4, unpack_row_length_ = 0, pack_alignment_ = 4;
  GLboolean color_mask_[4] = {GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE};
  GLfloat clear_color_[4] = {};
  GLint polygon_mode_[2] = {GL_FILL, GL_FILL};
};

// The state every pass of the renderer starts from: no depth, stencil, culling, dithering
// or sRGB conversion (fills must come out as the exact #rrggbb), all colour channels on.
// The viewport is the whole width x height frame, lowered by `band_bottom` rows when only
// a band of it is drawn into a framebuffer that high (the frame rows below the band).
void set_plain_2d_state(int width, int height, int band_bottom = 0);

// Blending for shaders that output straight (not premultiplied) colour: source over the
// target, the target's alpha becoming the union of both. `opaque` (everything drawn has
// alpha 1) turns blending off instead, so opaque colours land as the exact #rrggbb.
void set_straight_alpha_blend(bool opaque = false);

}  // namespace hgm::render::gl
