#include "app/platform/window_screen.h"

namespace hgm::app {

std::unique_ptr<WindowScreen> make_window_screen(AppWindow& window, const render::Font& font) {
  return window.opengl() ? make_gl_screen(window, font) : make_software_screen(window, font);
}

}  // namespace hgm::app
