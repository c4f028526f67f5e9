#include "render/gl/offscreen_target.h"

#include <algorithm>
#include <string>

#include "render/errors.h"
#include "render/gl/framebuffer.h"
#include "render/gl_info.h"
#include "render/gl/gl_error.h"
#include "render/read_framebuffer.h"

namespace hgm::render {

struct OffscreenTarget::Impl {
  int width = 0, height = 0, samples = 0;
  gl::Renderbuffer multisampled_color;
  gl::Framebuffer multisampled;
  gl::Renderbuffer resolved_color;
  gl::Framebuffer resolved;

  // The framebuffer drawn into: the multisampled one if there is one.
  GLuint draw_target() const { return samples > 0 ? multisampled.id() : resolved.id(); }
};

OffscreenTarget::OffscreenTarget(int width, int height, int samples_wanted) : impl_(std::make_unique<Impl>()) {
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  require_within_gl_limits(width, height);
  Impl& t = *impl_;
  t.width = width;
  t.height = height;
  t.samples = samples_wanted > 1 ? std::min(samples_wanted, static_cast<int>(max_samples)) : 0;
  if (t.samples == 1) t.samples = 0;

  GLint previous_draw = 0, previous_read = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous_draw);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous_read);
  t.resolved_color.allocate(GL_RGBA8, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, t.resolved.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.resolved_color.id());
  gl::require_complete_framebuffer(GL_FRAMEBUFFER, "offscreen target");
  if (t.samples > 0) {
    t.multisampled_color.allocate(GL_RGBA8, width, height, t.samples);
    glBindFramebuffer(GL_FRAMEBUFFER, t.multisampled.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.multisampled_color.id());
    gl::require_complete_framebuffer(GL_FRAMEBUFFER, "multisampled offscreen target");
  }
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(previous_draw));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous_read));
  gl::throw_on_gl_error("creating the offscreen target");
}

OffscreenTarget::~OffscreenTarget() = default;
OffscreenTarget::OffscreenTarget(OffscreenTarget&&) noexcept = default;
OffscreenTarget& OffscreenTarget::operator=(OffscreenTarget&&) noexcept = default;

void OffscreenTarget::bind() {
  glBindFramebuffer(GL_FRAMEBUFFER, impl_->draw_target());
  glViewport(0, 0, impl_->width, impl_->height);
}

Image OffscreenTarget::read() {
  Image image(impl_->width, impl_->height);
  read_rows(0, impl_->height, image.rgba.data());
  return image;
}

void OffscreenTarget::read_rows(int first_row, int rows, std::uint8_t* rgba, RowOrder order) {
  const Impl& t = *impl_;
  if (t.samples > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, t.multisampled.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, t.resolved.id());
    const int bottom = t.height - first_row - rows;  // GL counts rows from the bottom
    glBlitFramebuffer(0, bottom, t.width, bottom + rows, 0, bottom, t.width, bottom + rows, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, t.resolved.id());
  read_framebuffer_rows(t.width, t.height, first_row, rows, rgba, order);
  glBindFramebuffer(GL_FRAMEBUFFER, t.draw_target());
}

int OffscreenTarget::width() const { return impl_->width; }
int OffscreenTarget::height() const { return impl_->height; }
int OffscreenTarget::samples() const { return impl_->samples; }

}  // namespace hgm::render
