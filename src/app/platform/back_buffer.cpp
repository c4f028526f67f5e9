#include "app/platform/back_buffer.h"

#include <SDL.h>

#include <cstring>
#include <string>

namespace hgm::app {

namespace {

// From the GLX extensions' specifications (the GLX header is not included: SDL loads
// the library).
constexpr int kGlxScreen = 0x800C;         // GLX_SCREEN
constexpr int kGlxBackBufferAge = 0x20F4;  // GLX_BACK_BUFFER_AGE_EXT

bool names(const char* list, const char* extension) {
  if (list == nullptr) return false;
  const std::size_t n = std::strlen(extension);
  for (const char* at = std::strstr(list, extension); at != nullptr; at = std::strstr(at + 1, extension))
    if ((at == list || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\0')) return true;
  return false;
}

template <class F>
F look_up(const char* name) {
  return reinterpret_cast<F>(SDL_GL_GetProcAddress(name));
}

// SDL draws with GLX on X11 unless told to use EGL; GLX functions are then found through
// SDL_GL_GetProcAddress (glXGetProcAddress). Other names are not asked for: a dispatching
// GL library may hand out a stub for any name.
bool uses_glx() {
  const char* driver = SDL_GetCurrentVideoDriver();
  return driver != nullptr && std::string(driver) == "x11" && !SDL_GetHintBoolean("SDL_VIDEO_X11_FORCE_EGL", SDL_FALSE);
}

}  // namespace

BackBuffer::BackBuffer(SDL_Window* window) : window_(window) {
  if (!uses_glx()) return;
  using Context = void* (*)();
  using QueryContext = int (*)(Display, void*, int, int*);
  using Extensions = const char* (*)(Display, int);
  current_display_ = look_up<Display (*)()>("glXGetCurrentDisplay");
  current_drawable_ = look_up<unsigned long (*)()>("glXGetCurrentDrawable");
  const auto current_context = look_up<Context>("glXGetCurrentContext");
  const auto query_context = look_up<QueryContext>("glXQueryContext");
  const auto extensions = look_up<Extensions>("glXQueryExtensionsString");
  Display display = current_display_ != nullptr ? current_display_() : nullptr;
  if (display == nullptr || current_drawable_ == nullptr || current_drawable_() == 0 || current_context == nullptr ||
      query_context == nullptr || extensions == nullptr)
    return;
  int screen = 0;
  query_context(display, current_context(), kGlxScreen, &screen);
  const char* offered = extensions(display, screen);
  if (names(offered, "GLX_EXT_buffer_age"))
    query_drawable_ = look_up<decltype(query_drawable_)>("glXQueryDrawable");
  else if (names(offered, "GLX_MESA_copy_sub_buffer"))
    copy_sub_buffer_ = look_up<decltype(copy_sub_buffer_)>("glXCopySubBufferMESA");
}

int BackBuffer::age() const {
  if (copy_sub_buffer_ != nullptr) return shown_ ? 1 : 0;
  if (query_drawable_ == nullptr) return 0;
  Display display = current_display_();
  const unsigned long drawable = current_drawable_();
  if (display == nullptr || drawable == 0) return 0;
  unsigned int age = 0;
  query_drawable_(display, drawable, kGlxBackBufferAge, &age);
  return static_cast<int>(age);
}

void BackBuffer::show(const std::vector<render::PixelBox>* changed) {
  Display display = copy_sub_buffer_ != nullptr ? current_display_() : nullptr;
  const unsigned long drawable = display != nullptr ? current_drawable_() : 0;
  if (drawable == 0) {
    SDL_GL_SwapWindow(window_);
    return;
  }
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(window_, &width, &height);
  const std::vector<render::PixelBox> whole = {{0, 0, width, height}};
  // GLX counts rows from the bottom of the window.
  for (const render::PixelBox& part : changed != nullptr ? *changed : whole)
    if (!part.empty()) copy_sub_buffer_(display, drawable, part.left, height - part.bottom, part.width(), part.height());
  shown_ = true;
}

}  // namespace hgm::app
