#pragma once
// Without a display the app still does something useful: it writes the map it would have
// shown (at the spec's output size, 1920x1080 by default) through the export function,
// and says so.
#include <string>

#include "app/map_state.h"

namespace hgm::app {

// "hagiang-map-<indicator>-<period>.png" in the working folder.
std::string default_export_path(const MapSpec& spec);

// Prints (in Vietnamese and English) that no display is available and why, and writes
// the state's map to `out_path` (PNG or SVG by extension), printing where. Throws
// hgm::UsageError for another extension, hgm::EnvironmentError when there is no headless
// OpenGL either, render::ImageIoError when the file cannot be written.
void export_without_display(const MapState& state, const std::string& out_path, const std::string& reason);

}  // namespace hgm::app
