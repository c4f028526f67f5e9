#include "cli/export_command.h"

#include <chrono>

#include "core/frame_layout.h"
#include "render/png/png_io.h"
#include "render/render_image.h"

namespace hgm::cli {

ExportTiming export_png(const Scene& scene, int width, int height, const std::string& out_path) {
  using Clock = std::chrono::steady_clock;
  ExportTiming t;
  const auto start = Clock::now();
  render::OffscreenRenderer renderer(width, height);
  const Frame frame = layout_frame(scene, width, height, MapView{}, renderer.font());
  const render::Image image = renderer.render(frame);
  const auto drawn = Clock::now();
  render::write_png(out_path, image);
  t.render_ms = std::chrono::duration<double, std::milli>(drawn - start).count();
  t.write_ms = std::chrono::duration<double, std::milli>(Clock::now() - drawn).count();
  return t;
}

}  // namespace hgm::cli
