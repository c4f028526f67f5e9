#pragma once
// Rendering frames to images without a window: owns a headless GL context, the font,
// the map renderer and an offscreen target. One per thread; not copyable.
//
//   hgm::render::OffscreenRenderer renderer(1920, 1080);
//   hgm::Frame frame = layout_frame(scene, 1920, 1080, MapView{}, renderer.font());
//   hgm::render::write_png("map.png", renderer.render(frame));
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/layout/frame.h"
#include "render/text/font.h"
#include "render/gl_info.h"
#include "render/image.h"

namespace hgm::render {

struct OffscreenOptions {
  int samples = 8;  // multisampling, clamped to what the driver offers
  const char* font_pattern = "Noto Sans";
};

class OffscreenRenderer {
 public:
  // Throws hgm::EnvironmentError when there is no headless OpenGL or no font.
  explicit OffscreenRenderer(const OffscreenOptions& options = {});
  // Also makes the target for width x height pixels now, so an impossible size fails
  // before any layout work (GlLimitError, an EnvironmentError).
  OffscreenRenderer(int width, int height, const OffscreenOptions& options = {});
  ~OffscreenRenderer();
  OffscreenRenderer(const OffscreenRenderer&) = delete;
  OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;

  // The font the renderer draws with: give it to the layout as its TextMeasurer.
  const Font& font() const;
  // Renders the frame at frame.width x frame.height. Throws GlLimitError (an
  // EnvironmentError) if the size exceeds the driver's limits, GlError if OpenGL reports
  // an error.
  Image render(const hgm::Frame& frame);
  // The pixels render() gives, drawn a band of rows at a time and handed to `take` band by
  // band, top-down: `rows` rows of RGBA (frame.width * 4 bytes each), the first at
  // `top_row`, each next one `step` bytes on (negative: the band is kept as OpenGL reads
  // it, bottom-up, saving a flip); valid during the call. GL memory and the read-back are
  // sized to a band, not the image. `band_rows` 0 picks bands of
  // about 4 MiB. Throws as render().
  using RowBand = std::function<void(const std::uint8_t* top_row, int rows, std::ptrdiff_t step)>;
  void render_rows(const hgm::Frame& frame, const RowBand& take, int band_rows = 0);
  // The scene's geometry changed in place (see MapRenderer::invalidate).
  void invalidate_scene();

  GlInfo gl_info() const;
  int samples() const;  // of the last target; 0 before the first render or without MSAA

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
