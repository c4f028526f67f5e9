#pragma once
// A vertex array object: remembers attribute layout and the bound index buffer.
#include "render/gl/gl_object.h"

namespace hgm::render::gl {

struct VertexArrayTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteVertexArrays(1, &id); }
};

class VertexArray : public GlObject<VertexArrayTraits> {
 public:
  void bind() const { glBindVertexArray(id()); }
};

}  // namespace hgm::render::gl
