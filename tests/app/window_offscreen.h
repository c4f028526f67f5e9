#pragma once
// The offscreen renderer the window tests draw their expected screens with: one for the
// whole test program (it is not free to make), 4× MSAA as the window draws.
#include "render/render_image.h"

namespace hgm::test {

// The screen the window tests run on: a common projector's.
constexpr int kScreenW = 1280, kScreenH = 720;

inline render::OffscreenRenderer& window_offscreen() {
  static render::OffscreenRenderer renderer(render::OffscreenOptions{.samples = 4});
  return renderer;
}

}  // namespace hgm::test
