#pragma once
// What a window's back buffer holds once a frame is shown, and how the frame is shown, so
// that a frame drawing only what changed (app/ui_damage.h) can rely on the rest.
// - Where the window system tells the back buffer's age (GLX_EXT_buffer_age), frames are
//   swapped and the age is its answer.
// - Where it does not but can copy part of the back buffer onto the window
//   (GLX_MESA_copy_sub_buffer: Mesa's software OpenGL on X11, as under Xvfb or on a PC
//   without a GPU driver), frames are shown by copying instead of swapping. That leaves the
//   back buffer as it is, so it always holds the frame shown last (age 1), and a frame
//   that changed a part copies that part only.
// - Elsewhere (EGL, other systems) the age is unknown (0) and every frame is drawn whole.
#include <vector>

#include "render/frame_shapes.h"

struct SDL_Window;

namespace hgm::app {

class BackBuffer {
 public:
  // For `window`, whose OpenGL context is current on this thread.
  explicit BackBuffer(SDL_Window* window);

  // How many frames old the back buffer's pixels are: 1 for the frame shown last, 0 when
  // not known (before the first frame, or the window system does not say).
  int age() const;
  // Shows the back buffer: all of it, or where only the boxes of `changed` were drawn anew
  // since the frame shown last (framebuffer pixels, origin top-left), those where it can.
  void show(const std::vector<render::PixelBox>* changed);

 private:
  using Display = void*;
  SDL_Window* window_;
  Display (*current_display_)() = nullptr;
  unsigned long (*current_drawable_)() = nullptr;
  void (*query_drawable_)(Display, unsigned long, int, unsigned int*) = nullptr;           // with buffer age
  void (*copy_sub_buffer_)(Display, unsigned long, int, int, int, int) = nullptr;           // otherwise
  bool shown_ = false;
};

}  // namespace hgm::app
