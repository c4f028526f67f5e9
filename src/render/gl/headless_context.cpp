#include "render/gl/headless_context.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "core/errors.h"
#include "render/gl_info.h"

namespace hgm::render {

namespace {

std::string egl_error_text() {
  const EGLint error = eglGetError();
  switch (error) {
    case EGL_SUCCESS: return "EGL_SUCCESS";
    case EGL_NOT_INITIALIZED: return "EGL_NOT_INITIALIZED";
    case EGL_BAD_ACCESS: return "EGL_BAD_ACCESS";
    case EGL_BAD_ALLOC: return "EGL_BAD_ALLOC";
    case EGL_BAD_ATTRIBUTE: return "EGL_BAD_ATTRIBUTE";
    case EGL_BAD_CONFIG: return "EGL_BAD_CONFIG";
    case EGL_BAD_CONTEXT: return "EGL_BAD_CONTEXT";
    case EGL_BAD_DISPLAY: return "EGL_BAD_DISPLAY";
    case EGL_BAD_MATCH: return "EGL_BAD_MATCH";
    case EGL_BAD_PARAMETER: return "EGL_BAD_PARAMETER";
    case EGL_BAD_SURFACE: return "EGL_BAD_SURFACE";
    default: return "EGL error 0x" + std::to_string(error);
  }
}

[[noreturn]] void fail(const std::string& what) {
  throw hgm::EnvironmentError("headless OpenGL unavailable: " + what +
                              " (needs Mesa's EGL with OpenGL 3.3 core, e.g. the Debian packages libegl1 and libgl1-mesa-dri)");
}

bool has_extension(const char* list, std::string_view name) {
  if (list == nullptr) return false;
  std::string_view all(list);
  std::size_t pos = 0;
  while ((pos = all.find(name, pos)) != std::string_view::npos) {
    const bool starts = pos == 0 || all[pos - 1] == ' ';
    const std::size_t end = pos + name.size();
    if (starts && (end == all.size() || all[end] == ' ')) return true;
    pos = end;
  }
  return false;
}

// eglTerminate ends a display for every context on it, and EGL hands out the same display
// to every caller; counting our users keeps one HeadlessContext from killing another.
std::mutex& display_mutex() {
  static std::mutex mutex;
  return mutex;
}
std::map<EGLDisplay, int>& display_users() {
  static std::map<EGLDisplay, int> users;
  return users;
}

bool acquire_display(EGLDisplay display) {
  std::lock_guard lock(display_mutex());
  int& users = display_users()[display];
  if (users == 0) {
    EGLint major = 0, minor = 0;
    if (eglInitialize(display, &major, &minor) != EGL_TRUE) {
      display_users().erase(display);
      return false;
    }
  }
  ++users;
  return true;
}

// True when this was the last user and the display was terminated.
bool release_display(EGLDisplay display) {
  std::lock_guard lock(display_mutex());
  auto it = display_users().find(display);
  if (it == display_users().end()) return false;
  if (--it->second > 0) return false;
  eglTerminate(display);
  display_users().erase(it);
  return true;
}

void* egl_loader(const char* name) { return reinterpret_cast<void*>(eglGetProcAddress(name)); }

}  // namespace

struct HeadlessContext::Impl {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
  EGLSurface surface = EGL_NO_SURFACE;  // only when surfaceless contexts are unsupported

  ~Impl() {
    if (display == EGL_NO_DISPLAY) return;
    if (context != EGL_NO_CONTEXT && eglGetCurrentContext() == context) {
      eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    }
    if (surface != EGL_NO_SURFACE) eglDestroySurface(display, surface);
    if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
    // Per-thread EGL state goes only with the last context: releasing it earlier would
    // also unbind another HeadlessContext current on this thread.
    if (release_display(display)) eglReleaseThread();
  }

  void open_display() {
    const char* client_extensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (has_extension(client_extensions, "EGL_MESA_platform_surfaceless") &&
        has_extension(client_extensions, "EGL_EXT_platform_base")) {
      const auto get_platform_display =
          reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
      if (get_platform_display != nullptr) {
        EGLDisplay candidate = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (candidate != EGL_NO_DISPLAY && acquire_display(candidate)) {
          display = candidate;
          return;
        }
      }
    }
    EGLDisplay candidate = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    if (candidate == EGL_NO_DISPLAY) fail("no EGL display (" + egl_error_text() + ")");
    if (!acquire_display(candidate)) fail("eglInitialize failed (" + egl_error_text() + ")");
    display = candidate;
  }

  EGLConfig choose_config() {
    const EGLint with_pbuffer[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                                   EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8, EGL_NONE};
    const EGLint any_surface[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, EGL_DONT_CARE, EGL_NONE};
    for (const EGLint* attributes : {with_pbuffer, any_surface}) {
      EGLConfig config = nullptr;
      EGLint count = 0;
      if (eglChooseConfig(display, attributes, &config, 1, &count) == EGL_TRUE && count > 0) return config;
    }
    if (has_extension(eglQueryString(display, EGL_EXTENSIONS), "EGL_KHR_no_config_context")) return EGL_NO_CONFIG_KHR;
    fail("no EGL config supports desktop OpenGL");
  }
};

HeadlessContext::HeadlessContext() : impl_(std::make_unique<Impl>()) {
  Impl& c = *impl_;
  c.open_display();
  if (eglBindAPI(EGL_OPENGL_API) != EGL_TRUE) fail("EGL cannot bind desktop OpenGL (" + egl_error_text() + ")");
  const EGLConfig config = c.choose_config();
  const EGLint context_attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                       EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  c.context = eglCreateContext(c.display, config, EGL_NO_CONTEXT, context_attributes);
  if (c.context == EGL_NO_CONTEXT) fail("no OpenGL 3.3 core context (" + egl_error_text() + ")");
  if (!has_extension(eglQueryString(c.display, EGL_EXTENSIONS), "EGL_KHR_surfaceless_context")) {
    if (config == EGL_NO_CONFIG_KHR) fail("the display supports neither surfaceless contexts nor pbuffers");
    const EGLint pbuffer_attributes[] = {EGL_WIDTH, 16, EGL_HEIGHT, 16, EGL_NONE};
    c.surface = eglCreatePbufferSurface(c.display, config, pbuffer_attributes);
    if (c.surface == EGL_NO_SURFACE) fail("no pbuffer surface (" + egl_error_text() + ")");
  }
  make_current();
  load_gl_functions(egl_loader);
}

HeadlessContext::~HeadlessContext() = default;
HeadlessContext::HeadlessContext(HeadlessContext&&) noexcept = default;
HeadlessContext& HeadlessContext::operator=(HeadlessContext&&) noexcept = default;

void HeadlessContext::make_current() {
  if (eglMakeCurrent(impl_->display, impl_->surface, impl_->surface, impl_->context) != EGL_TRUE) {
    fail("eglMakeCurrent failed (" + egl_error_text() + ")");
  }
}

}  // namespace hgm::render
