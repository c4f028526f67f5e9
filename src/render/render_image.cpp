#include "render/render_image.h"

#include <algorithm>
#include <optional>
#include <vector>

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

  // Draws `frame` into the target, made or remade at the frame's size.
  void draw(const hgm::Frame& frame);

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

void OffscreenRenderer::Impl::draw(const hgm::Frame& frame) {
  context.make_current();
  if (!target || target->width() != frame.width || target->height() != frame.height) {
    target.reset();  // free the old one before allocating a possibly large new one
    target.emplace(frame.width, frame.height, samples_wanted);
  }
  target->bind();
  renderer.draw(frame);
  gl::throw_on_gl_error("rendering a frame offscreen");
}

Image OffscreenRenderer::render(const hgm::Frame& frame) {
  impl_->draw(frame);
  return impl_->target->read();
}

void OffscreenRenderer::render_rows(const hgm::Frame& frame, const RowBand& take) {
  impl_->draw(frame);
  // Bands of about 1 MiB: small against the image, large enough that each read is one
  // cheap call.
  const int band_rows = std::max(1, (1 << 20) / (frame.width * 4));
  std::vector<std::uint8_t> band(static_cast<std::size_t>(frame.width) * 4 * static_cast<std::size_t>(band_rows));
  for (int first = 0; first < frame.height; first += band_rows) {
    const int rows = std::min(band_rows, frame.height - first);
    impl_->target->read_rows(first, rows, band.data());
    take(band.data(), rows);
  }
}

void OffscreenRenderer::invalidate_scene() { impl_->renderer.invalidate(); }

GlInfo OffscreenRenderer::gl_info() const {
  impl_->context.make_current();
  return query_gl_info();
}

int OffscreenRenderer::samples() const { return impl_->target ? impl_->target->samples() : 0; }

}  // namespace hgm::render
