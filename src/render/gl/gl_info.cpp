#include "render/gl_info.h"

#include <glad/gl.h>

#include "core/errors.h"

namespace hgm::render {

namespace {

std::string gl_string(GLenum name) {
  const auto* text = reinterpret_cast<const char*>(glGetString(name));
  return text ? text : "";
}

GLADapiproc resolve_with(void* user, const char* name) {
  const auto loader = *static_cast<GlProcLoader*>(user);
  return reinterpret_cast<GLADapiproc>(loader(name));
}

}  // namespace

GlInfo query_gl_info() {
  GlInfo info;
  info.renderer = gl_string(GL_RENDERER);
  info.version = gl_string(GL_VERSION);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &info.max_texture_size);
  return info;
}

std::string describe(const GlInfo& info) { return info.renderer + ", OpenGL " + info.version; }

void load_gl_functions(GlProcLoader loader) {
  const int version = gladLoadGLUserPtr(resolve_with, &loader);
  if (version == 0) throw hgm::EnvironmentError("could not load OpenGL functions for the current context");
  if (GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33) {
    throw hgm::EnvironmentError("OpenGL 3.3 core is required, the context offers " +
                                std::to_string(GLAD_VERSION_MAJOR(version)) + "." +
                                std::to_string(GLAD_VERSION_MINOR(version)));
  }
}

}  // namespace hgm::render
