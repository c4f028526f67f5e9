#pragma once
// An OpenGL 3.3 core context without any window or display server: EGL on Mesa's
// surfaceless platform (falls back to the default EGL display). Rendering goes into
// framebuffer objects (see OffscreenTarget).
#include <memory>

namespace hgm::render {

class HeadlessContext {
 public:
  // Creates the context, makes it current on this thread and loads the GL functions.
  // Throws hgm::EnvironmentError saying what is missing (EGL, the surfaceless platform,
  // OpenGL 3.3 core) when no such context can be made.
  HeadlessContext();
  ~HeadlessContext();
  HeadlessContext(HeadlessContext&&) noexcept;
  HeadlessContext& operator=(HeadlessContext&&) noexcept;
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

  void make_current();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
