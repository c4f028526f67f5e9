#include "render/render_image.h"

#include <optional>

#include "render/gl/gl_error.h"
#include "render/gl/headless_context.h"
#include "render/map_renderer.h"
#include "render/gl/offscreen_target.h"

namespace hgm::render {

// Declaration order matters: members are destroyed in reverse, so the GL objects go while
// the context is still alive and current.
struct OffscreenRenderer::Impl {
  explicit Impl(const OffscreenOptions& options)
      : samples_wanted(options.samples), font(options.font_pattern), renderer(font) {}

  int samples_wanted;
  HeadlessContext context;
  Font font;
  MapRenderer renderer;
  std::optional<OffscreenTarget> target;
};

OffscreenRenderer::OffscreenRenderer(const OffscreenOptions& options) : impl_(std::make_unique<Impl>(options)) {}

OffscreenRenderer::OffscreenRenderer(int width, int height, const OffscreenOptions& options)
    : OffscreenRenderer(options) {
  impl_->target.emplace(width, height, impl_->samples_wanted);
}

OffscreenRenderer::~OffscreenRenderer() {
  if (impl_) impl_->context.make_current();
}

const Font& OffscreenRenderer::font() const { return impl_->font; }

Image OffscreenRenderer::render(const hgm::Frame& frame) {
  Impl& r = *impl_;
  r.context.make_current();
  if (!r.target || r.target->width() != frame.width || r.target->height() != frame.height) {
    r.target.reset();  // free the old one before allocating a possibly large new one
    r.target.emplace(frame.width, frame.height, r.samples_wanted);
  }
  r.target->bind();
  r.renderer.draw(frame);
  gl::throw_on_gl_error("rendering a frame offscreen");
  return r.target->read();
}

void OffscreenRenderer::invalidate_scene() { impl_->renderer.invalidate(); }

GlInfo OffscreenRenderer::gl_info() const {
  impl_->context.make_current();
  return query_gl_info();
}

int OffscreenRenderer::samples() const { return impl_->target ? impl_->target->samples() : 0; }

}  // namespace hgm::render
