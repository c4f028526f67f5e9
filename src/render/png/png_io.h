#pragma once
// PNG files for Images (8-bit RGBA).
#include <filesystem>

#include "render/image.h"

namespace hgm::render {

// Writes atomically: into a temporary file in the same folder, renamed over `path` only
// once complete, so a reader never sees half a PNG. On failure the temporary file is
// removed and ImageIoError names the path and the reason.
void write_png(const std::filesystem::path& path, const Image& image);

// Reads any PNG as 8-bit RGBA. Throws ImageIoError naming the path and the reason.
Image read_png(const std::filesystem::path& path);

}  // namespace hgm::render
