#include "app/no_display_export.h"

#include <iostream>

#include "export/map_export.h"

namespace hgm::app {

std::string default_export_path(const MapSpec& s) {
  return "./hagiang-map-" + s.indicator + "-" + s.period + ".png";
}

void export_without_display(const MapState& state, const std::string& out_path, const std::string& reason) {
  exporting::format_of(out_path, state.spec().lang);  // an unknown extension: nothing is said to be exported
  const ImageSize px = pixel_size(state.spec().size);
  std::cerr << "hagiang-map-app: Không có màn hình nên không mở được cửa sổ.\n"
            << "hagiang-map-app: No display is available, so no window can be opened.\n"
            << "                 (" << reason << ")\n"
            << "hagiang-map-app: Bản đồ được xuất ra tệp " << px.width << "×" << px.height
            << " thay thế / Exporting the map to a " << px.width << "×" << px.height << " file instead.\n";
  // The export function `hagiang-map export` uses, so this file matches what the CLI writes.
  exporting::MapExporter exporter;
  exporter.write(state.inputs(), state.table(), state.spec(), out_path);
  std::cerr << "hagiang-map-app: Đã ghi / Written: " << out_path << "\n";
}

}  // namespace hgm::app
