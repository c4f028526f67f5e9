#pragma once
// Move-only owner of one OpenGL object name; the object is deleted in the destructor.
// Internal to the renderer (includes GL headers); needs a current context for its life.
#include <glad/gl.h>

#include <utility>

namespace hgm::render::gl {

// Traits provide `static GLuint create()` and `static void destroy(GLuint)`.
template <typename Traits>
class GlObject {
 public:
  GlObject() : id_(Traits::create()) {}
  ~GlObject() { reset(); }
  GlObject(GlObject&& other) noexcept : id_(std::exchange(other.id_, 0)) {}
  GlObject& operator=(GlObject&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, 0);
    }
    return *this;
  }
  GlObject(const GlObject&) = delete;
  GlObject& operator=(const GlObject&) = delete;

  GLuint id() const { return id_; }

 private:
  void reset() {
    if (id_ != 0) Traits::destroy(id_);
    id_ = 0;
  }
  GLuint id_ = 0;
};

}  // namespace hgm::render::gl
