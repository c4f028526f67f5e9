#pragma once
// Reading back what has been drawn into the bound read framebuffer (in a window: the back
// buffer, before swapping), e.g. for screenshots.
#include "render/image.h"

namespace hgm::render {

// Pixels (0, 0)..(width, height) of the current read framebuffer, rows top-down. Needs a
// current context with the GL functions loaded. Throws GlError if OpenGL reports an error.
Image read_framebuffer(int width, int height);

}  // namespace hgm::render
