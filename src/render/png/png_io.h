#pragma once
// PNG files for Images (8-bit RGBA).
#include <filesystem>
#include <optional>

#include "render/image.h"

namespace hgm::render {

// Writes atomically: into a temporary file in the same folder, renamed over `path` only
// once complete, so a reader never sees half a PNG. On failure the temporary file is
// removed and ImageIoError names the path and the reason. A `dpi` above 0 is stored in the
// file (pHYs), so word processors insert the image at its physical size.
void write_png(const std::filesystem::path& path, const Image& image, double dpi = 0);

// Reads any PNG as 8-bit RGBA. Throws ImageIoError naming the path and the reason.
Image read_png(const std::filesystem::path& path);

// The pixels per inch a PNG states (its pHYs chunk in pixels per metre), or nothing when
// it states none. Throws ImageIoError when the file cannot be read.
std::optional<double> read_png_dpi(const std::filesystem::path& path);

}  // namespace hgm::render
