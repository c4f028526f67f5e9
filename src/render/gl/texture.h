#pragma once
// A 2D texture object.
#include "render/gl/gl_object.h"

namespace hgm::render::gl {

struct TextureTraits {
  static GLuint create() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return id;
  }
  static void destroy(GLuint id) { glDeleteTextures(1, &id); }
};

class Texture : public GlObject<TextureTraits> {
 public:
  // (Re)allocates storage with nearest filtering and clamped edges; pixels may be null.
  void allocate(GLint internal_format, int width, int height, GLenum format, GLenum type, const void* pixels) {
    glBindTexture(GL_TEXTURE_2D, id());
    glTexImage2D(GL_TEXTURE_2D, 0, internal_format, width, height, 0, format, type, pixels);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  }
};

}  // namespace hgm::render::gl
