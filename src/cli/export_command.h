#pragma once
#include <string>

#include "core/scene.h"

namespace hgm::cli {

struct ExportTiming {
  double render_ms = 0;  // layout + GL drawing + read-back
  double write_ms = 0;   // PNG encoding and the atomic write
};

// Draws the scene headless (EGL surfaceless) at width×height and writes a PNG atomically.
ExportTiming export_png(const Scene& scene, int width, int height, const std::string& out_path);

}  // namespace hgm::cli
