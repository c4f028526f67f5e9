#pragma once
// One offscreen renderer per test process (each ctest test runs in its own process).
#include "render/render_image.h"

namespace hgm::render::test {

inline OffscreenRenderer& shared_renderer() {
  static OffscreenRenderer renderer;
  return renderer;
}

}  // namespace hgm::render::test
