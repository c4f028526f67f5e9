#include "app/export_presets.h"

#include <filesystem>

#include "core/spec/batch_plan.h"

namespace hgm::app {

const std::vector<ExportPreset>& export_presets() {
  static const std::vector<ExportPreset> presets = [] {
    std::vector<ExportPreset> list{{ExportPresetKind::slide_hd, ImageSize{1920, 1080}},
                                   {ExportPresetKind::slide_4k, ImageSize{3840, 2160}}};
    for (const Paper paper : {Paper::a4, Paper::a3})
      for (const Orientation orientation : {Orientation::portrait, Orientation::landscape})
        for (const int dpi : {150, 300})
          list.push_back({ExportPresetKind::paper, PaperSize{paper, orientation, dpi}});
    list.push_back({ExportPresetKind::custom, ImageSize{}});
    return list;
  }();
  return presets;
}

OutputSize preset_size(const ExportPreset& preset, ImageSize custom) {
  return preset.kind == ExportPresetKind::custom ? OutputSize{custom} : preset.size;
}

MapSpec export_spec(const MapSpec& shown, const OutputSize& size) {
  MapSpec spec = shown;
  spec.size = size;
  return spec;
}

std::string suggested_file_name(const MapSpec& spec, exporting::Format format) {
  return batch_file_name(kDefaultNamePattern, spec.indicator, spec.period, spec.lang,
                         exporting::format_extension(format));
}

std::string with_format_extension(const std::string& name, exporting::Format format) {
  std::filesystem::path path(name);
  const std::string ext = path.extension().string();
  if (!ext.empty() && exporting::parse_format(ext.substr(1))) path.replace_extension();
  return path.string() + "." + exporting::format_extension(format);
}

}  // namespace hgm::app
