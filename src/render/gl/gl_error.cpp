#include "render/gl/gl_error.h"

#include <string>

#include "render/errors.h"
#include "render/gl/framebuffer.h"

namespace hgm::render::gl {

namespace {

const char* gl_error_name(GLenum error) {
  switch (error) {
    case GL_NO_ERROR: return "GL_NO_ERROR";
    case GL_INVALID_ENUM: return "GL_INVALID_ENUM";
    case GL_INVALID_VALUE: return "GL_INVALID_VALUE";
    case GL_INVALID_OPERATION: return "GL_INVALID_OPERATION";
    case GL_INVALID_FRAMEBUFFER_OPERATION: return "GL_INVALID_FRAMEBUFFER_OPERATION";
    case GL_OUT_OF_MEMORY: return "GL_OUT_OF_MEMORY";
    default: return "unknown GL error";
  }
}

}  // namespace

void throw_on_gl_error(const char* where) {
  std::string errors;
  for (int i = 0; i < 32; ++i) {
    const GLenum error = glGetError();
    if (error == GL_NO_ERROR) break;
    if (!errors.empty()) errors += ", ";
    errors += gl_error_name(error);
  }
  if (!errors.empty()) throw GlError(std::string(where) + ": " + errors);
}

void require_complete_framebuffer(GLenum target, const std::string& what) {
  const GLenum status = glCheckFramebufferStatus(target);
  if (status == GL_FRAMEBUFFER_COMPLETE) return;
  std::string reason;
  switch (status) {
    case GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT: reason = "incomplete attachment"; break;
    case GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT: reason = "missing attachment"; break;
    case GL_FRAMEBUFFER_UNSUPPORTED: reason = "format combination unsupported"; break;
    case GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE: reason = "inconsistent multisampling"; break;
    default: reason = "status 0x" + std::to_string(status); break;
  }
  throw GlError(what + ": framebuffer incomplete (" + reason + ")");
}

}  // namespace hgm::render::gl
