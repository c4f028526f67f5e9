#include "app/no_display_export.h"

#include <iostream>

#include "core/layout/frame_layout.h"
#include "render/png/png_io.h"
#include "render/render_image.h"

namespace hgm::app {

namespace {
constexpr int kExportWidth = 1920;
constexpr int kExportHeight = 1080;
}  // namespace

std::string default_export_path(const MapSelection& s) {
  return "./hagiang-map-" + s.indicator + "-" + s.period + ".png";
}

void export_without_display(const MapState& state, const std::string& out_path, const std::string& reason) {
  std::cerr << "hagiang-map-app: Không có màn hình nên không mở được cửa sổ.\n"
            << "hagiang-map-app: No display is available, so no window can be opened.\n"
            << "                 (" << reason << ")\n"
            << "hagiang-map-app: Bản đồ được xuất ra tệp PNG " << kExportWidth << "×" << kExportHeight
            << " thay thế / Exporting the map to a " << kExportWidth << "×" << kExportHeight << " PNG instead.\n";
  // The settings of `hagiang-map export`: one sample per pixel, the renderer's analytic
  // anti-aliasing smoothing the edges, so this PNG matches what the CLI writes.
  render::OffscreenOptions o;
  o.samples = 1;
  render::OffscreenRenderer renderer(kExportWidth, kExportHeight, o);
  const Frame frame = layout_frame(state.scene(), kExportWidth, kExportHeight, MapView{}, renderer.font(), state.layout());
  render::write_png(out_path, renderer.render(frame));
  std::cerr << "hagiang-map-app: Đã ghi / Written: " << out_path << "\n";
}

}  // namespace hgm::app
