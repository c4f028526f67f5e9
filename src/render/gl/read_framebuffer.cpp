#include "render/read_framebuffer.h"

#include <glad/gl.h>

#include <cstring>

#include "render/errors.h"
#include "render/gl/gl_error.h"

namespace hgm::render {

Image read_framebuffer(int width, int height) {
  if (width <= 0 || height <= 0) throw GlError("cannot read an empty framebuffer area");
  GLint previous_pack = 4;
  glGetIntegerv(GL_PACK_ALIGNMENT, &previous_pack);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  Image bottom_up(width, height);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.rgba.data());
  glPixelStorei(GL_PACK_ALIGNMENT, previous_pack);
  gl::throw_on_gl_error("reading the framebuffer");
  // OpenGL counts rows from the bottom; images count from the top.
  Image image(width, height);
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y) {
    std::memcpy(image.rgba.data() + static_cast<std::size_t>(y) * row_bytes,
                bottom_up.rgba.data() + static_cast<std::size_t>(height - 1 - y) * row_bytes, row_bytes);
  }
  return image;
}

}  // namespace hgm::render
