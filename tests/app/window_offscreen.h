#pragma once
// How the window tests draw the screens they expect: as the window draws its map. On a
// software OpenGL (Mesa's llvmpipe, as under Xvfb) the window draws it on the CPU with the
// export's renderer; with a GPU through OpenGL, 4× MSAA. One for the whole test program
// (the OpenGL context is not free to make).
#include "render/gl_info.h"
#include "render/png/png_frame.h"
#include "render/render_image.h"

namespace hgm::test {

// The screen the window tests run on: a common projector's.
constexpr int kScreenW = 1280, kScreenH = 720;

class WindowPainter {
 public:
  const render::Font& font() const { return gl_.font(); }
  render::Image render(const Frame& frame) {
    return on_cpu_ ? render::draw_frame_on_cpu(frame, gl_.font()) : gl_.render(frame);
  }
  bool on_cpu() const { return on_cpu_; }
  // A scene changed in place since the last render (OpenGL keeps its geometry).
  void invalidate_scene() { gl_.invalidate_scene(); }

 private:
  render::OffscreenRenderer gl_{render::OffscreenOptions{.samples = 4}};
  bool on_cpu_ = render::draws_in_software(gl_.gl_info());
};

inline WindowPainter& window_offscreen() {
  static WindowPainter painter;
  return painter;
}

}  // namespace hgm::test
