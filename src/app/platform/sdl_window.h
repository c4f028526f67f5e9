#pragma once
// The SDL video subsystem and one resizable window: with an OpenGL 3.3 core context,
// current on the creating thread with the renderer's GL functions loaded, or without
// OpenGL, its pixels drawn on the CPU (app/platform/software_screen.h).
#include <string>

#include "core/errors.h"

struct SDL_Window;

namespace hgm::app {

// No window or OpenGL context could be made: no display server, no usable visual, no
// OpenGL 3.3 core. The front end falls back to writing a PNG.
class NoDisplayError : public hgm::EnvironmentError {
 public:
  using hgm::EnvironmentError::EnvironmentError;
};

// SDL_Init(SDL_INIT_VIDEO) for the object's lifetime. Throws NoDisplayError.
class SdlVideo {
 public:
  SdlVideo();
  ~SdlVideo();
  SdlVideo(const SdlVideo&) = delete;
  SdlVideo& operator=(const SdlVideo&) = delete;
};

struct PixelSize {
  int width = 0, height = 0;
  friend bool operator==(const PixelSize&, const PixelSize&) = default;
};

struct WindowOptions {
  std::string title;
  int width = 1600, height = 900;  // screen coordinates
  int samples = 4;                 // multisampling, dropped if the display has none
  bool vsync = true;
  // Shrink to the usable area of the display (without task bars and the window's
  // borders) so no part opens off-screen; off for a size the user asked for.
  bool fit_to_display = true;
  // With an OpenGL context; else a window whose pixels the CPU draws (no OpenGL driver is
  // loaded: on a software OpenGL, Mesa's LLVM alone is some 60 MiB of the process).
  bool opengl = true;
};

// Throws hgm::EnvironmentError: `what` could not be done, and SDL's reason.
[[noreturn]] void throw_sdl_failure(const std::string& what);

// Whether this machine has a graphics device an OpenGL driver could use (a DRM render
// node, NVIDIA's device). Without one, OpenGL could only be a software one.
bool has_graphics_device();

class AppWindow {
 public:
  // Needs a live SdlVideo. Throws NoDisplayError saying what could not be made.
  explicit AppWindow(const WindowOptions& options);
  ~AppWindow();
  AppWindow(const AppWindow&) = delete;
  AppWindow& operator=(const AppWindow&) = delete;

  SDL_Window* handle() const { return window_; }
  void* gl_context() const { return context_; }  // nullptr without OpenGL
  bool opengl() const { return context_ != nullptr; }
  int samples() const { return samples_; }

  PixelSize drawable_size() const;  // pixels of the window's framebuffer
  PixelSize window_size() const;    // screen coordinates (mouse events use these)
  double pixel_ratio() const;       // drawable pixels per screen coordinate (HiDPI)
  // Scale for interface sizes: 1 on a 96-dpi display, larger on dense displays.
  float content_scale() const;

  void set_title(const std::string& title);
  bool fullscreen() const;
  void set_fullscreen(bool on);
  void show();
  void swap();  // OpenGL's buffers; without OpenGL the SoftwareScreen shows its pixels
  // Makes the window's context current on this thread again and reloads the OpenGL
  // functions from it (after an export made its own headless context on another thread).
  void make_current();

 private:
  SDL_Window* window_ = nullptr;
  void* context_ = nullptr;
  int samples_ = 0;
};

}  // namespace hgm::app
