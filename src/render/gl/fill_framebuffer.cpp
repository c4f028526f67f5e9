#include "render/fill_framebuffer.h"

#include "render/gl/gl_state.h"

namespace hgm::render {

void fill_bound_framebuffer(hgm::Color colour) {
  gl::GlStateGuard guard;
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glClearColor(static_cast<float>(colour.r) / 255.0f, static_cast<float>(colour.g) / 255.0f,
               static_cast<float>(colour.b) / 255.0f, static_cast<float>(colour.a) / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace hgm::render
