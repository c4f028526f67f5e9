#include "cli/export_command.h"

#include <chrono>

#include "core/layout/frame_layout.h"
#include "render/png/png_io.h"
#include "render/render_image.h"

namespace hgm::cli {

namespace {
render::OffscreenOptions analytic_antialiasing() {
  render::OffscreenOptions options;
  options.samples = 1;
  return options;
}
}  // namespace

Exporter::Exporter(int width, int height)
    : width_(width), height_(height),
      renderer_(std::make_unique<render::OffscreenRenderer>(width, height, analytic_antialiasing())) {}

Exporter::~Exporter() = default;

ExportTiming Exporter::export_png(const Scene& scene, const std::string& out_path, const LayoutOptions& layout) {
  using Clock = std::chrono::steady_clock;
  ExportTiming t;
  const auto start = Clock::now();
  const Frame frame = layout_frame(scene, width_, height_, MapView{}, renderer_->font(), layout);
  const render::Image image = renderer_->render(frame);
  const auto drawn = Clock::now();
  render::write_png(out_path, image);
  t.render_ms = std::chrono::duration<double, std::milli>(drawn - start).count();
  t.write_ms = std::chrono::duration<double, std::milli>(Clock::now() - drawn).count();
  return t;
}

}  // namespace hgm::cli
