#include "app/platform/screenshot.h"

#include "render/errors.h"
#include "render/read_framebuffer.h"
#include "render/png/png_io.h"

namespace hgm::app {

void save_screenshot(PixelSize size, const std::string& path) {
  render::Image image;
  try {
    image = render::read_framebuffer(size.width, size.height);
  } catch (const render::GlError& e) {
    // The window was drawn, so only the read-back failed: drivers cap how much of a
    // (multisampled) window they resolve at once — Mesa at 2 GiB of samples, e.g. about
    // 11600x11600 at 4x. Say so instead of a bare GL error.
    const std::string asked = std::to_string(size.width) + "x" + std::to_string(size.height);
    throw render::GlLimitError(
        "OpenGL không đọc lại được cửa sổ " + asked + " để chụp (" + e.what() +
            "): trình điều khiển giới hạn cỡ cửa sổ (có khử răng cưa) đọc lại một lần; hãy chọn --size nhỏ hơn, "
            "hoặc vẽ bản đồ lớn bằng `hagiang-map export --size`",
        "OpenGL cannot read back the " + asked + " window for the screenshot (" + e.what() +
            "): the driver limits how large a (multisampled) window it reads back at once; choose a smaller "
            "--size, or draw large maps with `hagiang-map export --size`");
  }
  // A window is shown opaque whatever alpha the blending left in its buffer.
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
  render::write_png(path, image);
}

}  // namespace hgm::app
