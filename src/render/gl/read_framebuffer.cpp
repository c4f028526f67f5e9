#include "render/read_framebuffer.h"

#include <glad/gl.h>

#include <cstring>
#include <vector>

#include "render/errors.h"
#include "render/gl/gl_error.h"

namespace hgm::render {

void read_framebuffer_rows(int width, int height, int first_row, int rows, std::uint8_t* rgba, RowOrder order) {
  if (width <= 0 || rows <= 0 || first_row < 0 || first_row + rows > height)
    throw GlError("cannot read an empty framebuffer area");
  GLint previous_pack = 4;
  glGetIntegerv(GL_PACK_ALIGNMENT, &previous_pack);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  // OpenGL counts rows from the bottom; images count from the top.
  glReadPixels(0, height - first_row - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  glPixelStorei(GL_PACK_ALIGNMENT, previous_pack);
  gl::throw_on_gl_error("reading the framebuffer");
  if (order == RowOrder::bottom_up) return;
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> swap(row_bytes);
  for (int top = 0, bottom = rows - 1; top < bottom; ++top, --bottom) {
    std::uint8_t* a = rgba + static_cast<std::size_t>(top) * row_bytes;
    std::uint8_t* b = rgba + static_cast<std::size_t>(bottom) * row_bytes;
    std::memcpy(swap.data(), a, row_bytes);
    std::memcpy(a, b, row_bytes);
    std::memcpy(b, swap.data(), row_bytes);
  }
}

Image read_framebuffer(int width, int height) {
  if (width <= 0 || height <= 0) throw GlError("cannot read an empty framebuffer area");
  Image image(width, height);
  read_framebuffer_rows(width, height, 0, height, image.rgba.data());
  return image;
}

}  // namespace hgm::render
