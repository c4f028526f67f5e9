#pragma once
// One colour over the whole bound draw framebuffer (a presenter's blank black or white
// screen): nothing to make first, where the map renderer would compile its shaders.
#include "core/thematic/color.h"

namespace hgm::render {

// Needs a current context with the GL functions loaded; leaves the GL state as it found it.
void fill_bound_framebuffer(hgm::Color colour);

}  // namespace hgm::render
