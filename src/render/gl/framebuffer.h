#pragma once
// Framebuffer and renderbuffer objects.
#include <string>

#include "render/gl/gl_object.h"

namespace hgm::render::gl {

// A framebuffer a pass draws into and its height: the frame's, or a band's of it.
struct DrawTarget {
  GLuint framebuffer = 0;
  int rows = 0;
  bool rows_top_first = false;  // see render::RowOrder
};

struct FramebufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteFramebuffers(1, &id); }
};

struct RenderbufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenRenderbuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteRenderbuffers(1, &id); }
};

class Framebuffer : public GlObject<FramebufferTraits> {};

class Renderbuffer : public GlObject<RenderbufferTraits> {
 public:
  // samples 0: single-sampled storage.
  void allocate(GLenum internal_format, int width, int height, int samples = 0) {
    glBindRenderbuffer(GL_RENDERBUFFER, id());
    if (samples > 0) {
      glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, internal_format, width, height);
    } else {
      glRenderbufferStorage(GL_RENDERBUFFER, internal_format, width, height);
    }
  }
};

// Throws GlError naming `what` when the framebuffer bound to `target` is incomplete.
void require_complete_framebuffer(GLenum target, const std::string& what);

}  // namespace hgm::render::gl
