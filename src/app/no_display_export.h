#pragma once
// Without a display the app still does something useful: it writes the map it would have
// shown to a PNG (1920x1080) with the headless renderer, and says so.
#include <string>

#include "app/map_state.h"

namespace hgm::app {

// "hagiang-map-<indicator>-<period>.png" in the working folder.
std::string default_export_path(const MapSelection& selection);

// Prints (in Vietnamese and English) that no display is available and why, renders the
// state's map offscreen and writes it to `out_path`, printing where. Throws
// hgm::EnvironmentError when there is no headless OpenGL either, render::ImageIoError
// when the file cannot be written.
void export_without_display(const MapState& state, const std::string& out_path, const std::string& reason);

}  // namespace hgm::app
