#pragma once
// A GL buffer object (vertex or index data).
#include <cstddef>
#include <vector>

#include "render/gl/gl_object.h"

namespace hgm::render::gl {

struct BufferTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteBuffers(1, &id); }
};

class Buffer : public GlObject<BufferTraits> {
 public:
  // Binds to `target` and replaces the whole contents.
  template <typename T>
  void upload(GLenum target, const std::vector<T>& data, GLenum usage) {
    glBindBuffer(target, id());
    glBufferData(target, static_cast<GLsizeiptr>(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(), usage);
  }
};

}  // namespace hgm::render::gl
