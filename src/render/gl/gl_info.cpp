#include "render/gl_info.h"

#include <glad/gl.h>

#include <algorithm>

#include "render/errors.h"

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

bool draws_in_software(const GlInfo& info) {
  for (const char* name : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer", "GDI Generic"})
    if (info.renderer.find(name) != std::string::npos) return true;
  return false;
}

GlSizeLimit query_gl_size_limit() {
  GLint renderbuffer = 0, texture = 0;
  GLint viewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &texture);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
  const int side = std::min(renderbuffer, texture);
  return {std::min(side, static_cast<int>(viewport[0])), std::min(side, static_cast<int>(viewport[1]))};
}

void require_within_gl_limits(int width, int height) {
  const GlSizeLimit limit = query_gl_size_limit();
  if (width > 0 && height > 0 && width <= limit.width && height <= limit.height) return;
  const std::string asked = std::to_string(width) + "x" + std::to_string(height);
  const std::string most = std::to_string(limit.width) + "x" + std::to_string(limit.height);
  throw GlLimitError("OpenGL trên máy này vẽ được tối đa " + most + " điểm ảnh (GL_MAX_RENDERBUFFER_SIZE, "
                     "GL_MAX_TEXTURE_SIZE, GL_MAX_VIEWPORT_DIMS), không vẽ được " + asked +
                     "; hãy chọn --size nhỏ hơn, hoặc xuất SVG hay PDF (không giới hạn bởi OpenGL)",
                     "OpenGL on this machine draws at most " + most + " pixels (GL_MAX_RENDERBUFFER_SIZE, "
                     "GL_MAX_TEXTURE_SIZE, GL_MAX_VIEWPORT_DIMS), so it cannot draw " + asked +
                     "; choose a smaller --size, or export SVG or PDF (not limited by OpenGL)");
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

void wait_for_gl() { glFinish(); }

}  // namespace hgm::render
