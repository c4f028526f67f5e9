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

  // Makes the context current and binds the target, made or remade at that size.
  void use_target(int width, int height);

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

void OffscreenRenderer::Impl::use_target(int width, int height) {
  context.make_current();
  if (!target || target->width() != width || target->height() != height) {
    target.reset();  // free the old one before allocating a possibly large new one
    target.emplace(width, height, samples_wanted);
  }
  target->bind();
}

Image OffscreenRenderer::render(const hgm::Frame& frame) {
  Impl& r = *impl_;
  r.use_target(frame.width, frame.height);
  r.renderer.draw(frame);
  gl::throw_on_gl_error("rendering a frame offscreen");
  return r.target->read();
}

void OffscreenRenderer::render_rows(const hgm::Frame& frame, const RowBand& take, int band_rows) {
  Impl& r = *impl_;
  // By default bands whose GL target is about 4 MiB: a 4K image in 8, each band redrawing
  // the whole frame clipped to its rows (a few ms), with the target, the coverage layers
  // and the read-back sized to the band instead of the image.
  if (band_rows <= 0) band_rows = (4 << 20) / std::max(1, frame.width * 4);
  band_rows = std::clamp(band_rows, 1, std::max(1, frame.height));
  r.use_target(frame.width, band_rows);
  std::vector<std::uint8_t> band(static_cast<std::size_t>(frame.width) * 4 * static_cast<std::size_t>(band_rows));
  for (int first = 0; first < frame.height; first += band_rows) {
    const int rows = std::min(band_rows, frame.height - first);
    r.target->bind();
    r.renderer.draw_band(frame, first, rows);
    gl::throw_on_gl_error("rendering a frame offscreen");
    // The band sits at the bottom of the target (a last, shorter band leaves rows above
    // it unused), and the target counts its rows from the top. Read bottom-up, the band's
    // top row is the buffer's last.
    r.target->read_rows(band_rows - rows, rows, band.data(), RowOrder::bottom_up);
    const auto row_bytes = static_cast<std::ptrdiff_t>(frame.width) * 4;
    take(band.data() + row_bytes * (rows - 1), rows, -row_bytes);
  }
}

void OffscreenRenderer::invalidate_scene() { impl_->renderer.invalidate(); }

GlInfo OffscreenRenderer::gl_info() const {
  impl_->context.make_current();
  return query_gl_info();
}

int OffscreenRenderer::samples() const { return impl_->target ? impl_->target->samples() : 0; }

}  // namespace hgm::render
