#include "render/gl/rect_pass.h"

#include <algorithm>

#include "render/frame_shapes.h"

namespace hgm::render::gl {

RectPass::RectPass()
    : program_("rect.vert", "rect.frag"),
      frame_size_(program_),
      rect_(program_.uniform("u_rect")),
      margin_(program_.uniform("u_margin")),
      stroke_(program_.uniform("u_stroke")),
      stroke_width_(program_.uniform("u_stroke_width")),
      style_(program_) {}

void RectPass::draw(const Items<hgm::FrameRect>& rects, const hgm::Frame& frame, const DrawTarget& target) const {
  program_.use();
  set_frame_size(frame_size_, frame, target);
  empty_vao_.bind();
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // the shader outputs premultiplied colour
  for (const hgm::FrameRect* drawn : rects) {
    const hgm::FrameRect& r = *drawn;
    const bool stroked = rect_is_stroked(r);
    glUniform4f(rect_, static_cast<float>(r.rect.x), static_cast<float>(r.rect.y), static_cast<float>(r.rect.w),
                static_cast<float>(r.rect.h));
    glUniform1f(margin_, static_cast<float>((stroked ? std::max(r.stroke_width, 1.0) / 2 : 0) + 1));
    set_color(stroke_, stroked ? r.stroke : hgm::Color{0, 0, 0, 0});
    glUniform1f(stroke_width_, static_cast<float>(stroked ? r.stroke_width : 0));
    style_.set(r.style, frame);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  }
  glDisable(GL_BLEND);
}

}  // namespace hgm::render::gl
