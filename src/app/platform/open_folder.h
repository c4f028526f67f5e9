#pragma once
// Shows a folder in the desktop's file manager (xdg-open), without waiting for it.
#include <filesystem>

namespace hgm::app {

// Starts `xdg-open FOLDER` detached from the window; nothing happens (and nothing is
// said) where xdg-open is missing or fails.
void open_folder(const std::filesystem::path& folder);

}  // namespace hgm::app
