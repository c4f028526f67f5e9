#include "app/platform/sdl_window.h"

#include <SDL.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <unistd.h>
#include <vector>

#include "render/gl_info.h"

namespace hgm::app {

namespace {

std::string sdl_error() {
  const char* e = SDL_GetError();
  return (e != nullptr && *e != '\0') ? e : "unknown SDL error";
}

void set_gl_attributes(int samples) {
  SDL_GL_ResetAttributes();
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);  // required on macOS
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_RED_SIZE, 8);
  SDL_GL_SetAttribute(SDL_GL_GREEN_SIZE, 8);
  SDL_GL_SetAttribute(SDL_GL_BLUE_SIZE, 8);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);  // the map is flat: no depth or stencil
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, samples > 1 ? 1 : 0);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, samples > 1 ? samples : 0);
}

// Why there is no display, in the words a user can act on.
std::string no_display_reason(const std::string& detail) {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((x11 == nullptr || *x11 == '\0') && (wayland == nullptr || *wayland == '\0'))
    return "DISPLAY and WAYLAND_DISPLAY are not set; " + detail;
  return detail;
}

// The usable area of the display a centred window opens on (the first), if SDL knows it.
std::optional<SDL_Rect> usable_bounds(int display) {
  SDL_Rect r{};
  if (SDL_GetDisplayUsableBounds(display, &r) != 0 || r.w <= 0 || r.h <= 0) return std::nullopt;
  return r;
}

// Once the window exists its borders are known: shrink it and centre it in the usable
// area when the whole, borders included, does not fit.
void fit_with_borders(SDL_Window* window) {
  const int display = SDL_GetWindowDisplayIndex(window);
  const std::optional<SDL_Rect> usable = usable_bounds(display < 0 ? 0 : display);
  if (!usable) return;
  int top = 0, left = 0, bottom = 0, right = 0;
  if (SDL_GetWindowBordersSize(window, &top, &left, &bottom, &right) != 0) top = left = bottom = right = 0;
  int w = 0, h = 0;
  SDL_GetWindowSize(window, &w, &h);
  const int room_w = usable->w - left - right, room_h = usable->h - top - bottom;
  if (w <= room_w && h <= room_h) return;
  w = std::min(w, room_w);
  h = std::min(h, room_h);
  SDL_SetWindowSize(window, w, h);
  SDL_SetWindowPosition(window, usable->x + left + (room_w - w) / 2, usable->y + top + (room_h - h) / 2);
}

}  // namespace

void throw_sdl_failure(const std::string& what) { throw hgm::EnvironmentError(what + ": " + sdl_error()); }

// One the user may open: a render node outside the `render` group's reach (or a
// container's) leaves Mesa to its software OpenGL anyway.
bool has_graphics_device() {
  std::error_code error;
  for (std::filesystem::directory_iterator it("/dev/dri", error), end; !error && it != end; it.increment(error))
    if (it->path().filename().string().rfind("renderD", 0) == 0 && access(it->path().c_str(), R_OK | W_OK) == 0)
      return true;
  return access("/dev/nvidia0", R_OK | W_OK) == 0;
}

SdlVideo::SdlVideo() {
  // A presenter switching to the slides must not minimise the full-screen map.
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
#if defined(__linux__)
  // Wayland needs XDG_RUNTIME_DIR; without it probing Wayland only prints an error line.
  // ($SDL_VIDEODRIVER, if set, still wins over this hint.)
  const char* runtime_dir = std::getenv("XDG_RUNTIME_DIR");
  if (runtime_dir == nullptr || *runtime_dir == '\0') SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11,kmsdrm");
#endif
  if (SDL_Init(SDL_INIT_VIDEO) != 0) throw NoDisplayError(no_display_reason(sdl_error()));
  // Without a display server SDL falls back to drivers that draw nowhere; a window there
  // would run unseen forever. Accept them only when asked for by name.
  const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
  const char* requested = std::getenv("SDL_VIDEODRIVER");
  if ((driver == "offscreen" || driver == "dummy") && (requested == nullptr || driver != requested)) {
    SDL_Quit();
    throw NoDisplayError(no_display_reason("SDL found only its '" + driver + "' video driver"));
  }
}

SdlVideo::~SdlVideo() { SDL_Quit(); }

AppWindow::AppWindow(const WindowOptions& o) {
  int width = o.width, height = o.height;
  if (o.fit_to_display)
    if (const std::optional<SDL_Rect> usable = usable_bounds(0)) {
      width = std::min(width, usable->w);
      height = std::min(height, usable->h);
    }
  if (!o.opengl) {
    // SDL would otherwise show the window's pixels through an OpenGL texture, loading the
    // driver this window is made to do without.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    window_ = SDL_CreateWindow(o.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                               SDL_WINDOW_RESIZABLE | SDL_WINDOW_HIDDEN);
    if (window_ == nullptr) throw NoDisplayError("no window: " + sdl_error());
    if (o.fit_to_display) fit_with_borders(window_);
    return;
  }
  const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_HIDDEN;
  std::string failure;
  // Multisampling first; a display without multisampled visuals still gets a window.
  const std::vector<int> attempts = o.samples > 1 ? std::vector<int>{o.samples, 0} : std::vector<int>{0};
  for (const int samples : attempts) {
    set_gl_attributes(samples);
    window_ = SDL_CreateWindow(o.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                               flags);
    if (window_ == nullptr) {
      failure = "no window: " + sdl_error();
      continue;
    }
    context_ = SDL_GL_CreateContext(window_);
    if (context_ == nullptr) {
      failure = "no OpenGL 3.3 core context: " + sdl_error();
      SDL_DestroyWindow(window_);
      window_ = nullptr;
      continue;
    }
    samples_ = 0;
    if (samples > 1) SDL_GL_GetAttribute(SDL_GL_MULTISAMPLESAMPLES, &samples_);
    break;
  }
  if (window_ == nullptr) throw NoDisplayError(failure);
  if (o.fit_to_display) fit_with_borders(window_);
  try {
    render::load_gl_functions(&SDL_GL_GetProcAddress);
  } catch (const hgm::EnvironmentError& e) {
    SDL_GL_DeleteContext(context_);
    SDL_DestroyWindow(window_);
    throw NoDisplayError(e.what());
  }
  // A window larger than OpenGL can draw is refused here, saying the limit, rather than
  // failing in the first frame with a bare GL error.
  try {
    const PixelSize drawable = drawable_size();
    render::require_within_gl_limits(drawable.width, drawable.height);
  } catch (const hgm::Error&) {
    SDL_GL_DeleteContext(context_);
    SDL_DestroyWindow(window_);
    throw;
  }
  // Adaptive vsync where offered, else plain vsync; without either the loop still works.
  if (o.vsync && SDL_GL_SetSwapInterval(-1) != 0) SDL_GL_SetSwapInterval(1);
}

AppWindow::~AppWindow() {
  if (context_ != nullptr) SDL_GL_DeleteContext(context_);
  SDL_DestroyWindow(window_);
}

PixelSize AppWindow::drawable_size() const {
  PixelSize s;
  if (context_ != nullptr) SDL_GL_GetDrawableSize(window_, &s.width, &s.height);
  else SDL_GetWindowSizeInPixels(window_, &s.width, &s.height);
  return s;
}

PixelSize AppWindow::window_size() const {
  PixelSize s;
  SDL_GetWindowSize(window_, &s.width, &s.height);
  return s;
}

double AppWindow::pixel_ratio() const {
  const PixelSize d = drawable_size(), w = window_size();
  return w.width > 0 ? static_cast<double>(d.width) / w.width : 1.0;
}

float AppWindow::content_scale() const {
  float dpi = 0;
  const int display = SDL_GetWindowDisplayIndex(window_);
  if (display < 0 || SDL_GetDisplayDPI(display, &dpi, nullptr, nullptr) != 0 || dpi <= 0) return 1.0f;
  // Only scale up: many displays under-report their density.
  return std::clamp(dpi / 96.0f, 1.0f, 3.0f);
}

void AppWindow::set_title(const std::string& title) { SDL_SetWindowTitle(window_, title.c_str()); }

bool AppWindow::fullscreen() const { return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN) != 0; }

void AppWindow::set_fullscreen(bool on) {
  if (on == fullscreen()) return;
  SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void AppWindow::show() { SDL_ShowWindow(window_); }

void AppWindow::swap() {
  if (context_ != nullptr) SDL_GL_SwapWindow(window_);
}

void AppWindow::make_current() {
  if (context_ == nullptr) return;
  SDL_GL_MakeCurrent(window_, static_cast<SDL_GLContext>(context_));
  render::load_gl_functions(&SDL_GL_GetProcAddress);
}

}  // namespace hgm::app
