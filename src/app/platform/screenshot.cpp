#include "app/platform/screenshot.h"

#include "render/read_framebuffer.h"
#include "render/png/png_io.h"

namespace hgm::app {

void save_screenshot(PixelSize size, const std::string& path) {
  render::Image image = render::read_framebuffer(size.width, size.height);
  // A window is shown opaque whatever alpha the blending left in its buffer.
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
  render::write_png(path, image);
}

}  // namespace hgm::app
