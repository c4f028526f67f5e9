#pragma once
#include <string>

#include "app/platform/sdl_window.h"

namespace hgm::app {

// Writes what has been drawn into the window's back buffer (call before swapping) as an
// opaque PNG of the drawable size. Throws render::ImageIoError, or GlLimitError when
// OpenGL cannot read back a window that large.
void save_screenshot(PixelSize size, const std::string& path);

}  // namespace hgm::app
