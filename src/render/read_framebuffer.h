#pragma once
// Reading back what has been drawn into the bound read framebuffer (in a window: the back
// buffer, before swapping), e.g. for screenshots.
#include <cstdint>

#include "render/image.h"
#include "render/row_order.h"

namespace hgm::render {

// Pixels (0, 0)..(width, height) of the current read framebuffer, rows top-down. Needs a
// current context with the GL functions loaded. Throws GlError if OpenGL reports an error.
Image read_framebuffer(int width, int height);

// Rows first_row .. first_row + rows (counted from the top) of a width x height read
// framebuffer into `rgba` (rows * width * 4 bytes): a band of a large image without a
// copy of the whole. Bottom up is OpenGL's own order: no flipping, for a reader that can
// walk the rows backwards. Throws GlError as read_framebuffer.
void read_framebuffer_rows(int width, int height, int first_row, int rows, std::uint8_t* rgba,
                           RowOrder order = RowOrder::top_down);

}  // namespace hgm::render
