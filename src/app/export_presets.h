#pragma once
// The sizes the window's export dialog offers (slides, A4 and A3 paper at 150 or 300 DPI,
// or the user's own pixels) and what it writes: the spec on screen at the chosen size,
// under the name a batch export would give it.
#include <string>
#include <vector>

#include "core/spec/map_spec.h"
#include "export/map_export.h"

namespace hgm::app {

enum class ExportPresetKind { slide_hd, slide_4k, paper, custom };

struct ExportPreset {
  ExportPresetKind kind = ExportPresetKind::slide_hd;
  OutputSize size;  // unused for custom
};

// Slide 16:9 1920×1080, slide 4K 3840×2160, A4 and A3 in both orientations at 150 and
// 300 DPI, then custom (last).
const std::vector<ExportPreset>& export_presets();

// The size a preset gives; `custom` is used for the custom preset.
OutputSize preset_size(const ExportPreset& preset, ImageSize custom);

// What the window shows, at `size`: the same spec (view, indicator, period, pins,
// language, classes, titles, layout), so the file matches `hagiang-map export` of it.
MapSpec export_spec(const MapSpec& shown, const OutputSize& size);

// "budget_revenue_attainment_2021-Q1.png": the CLI batch's default name pattern.
std::string suggested_file_name(const MapSpec& spec, exporting::Format format);

// `name` with its extension made `format`'s ("map.png" → "map.pdf"; "map" → "map.pdf").
std::string with_format_extension(const std::string& name, exporting::Format format);

}  // namespace hgm::app
