#pragma once
#include <memory>
#include <string>

#include "core/layout/frame_layout.h"
#include "core/layout/scene.h"

namespace hgm::render {
class OffscreenRenderer;
}

namespace hgm::cli {

struct ExportTiming {
  double render_ms = 0;  // layout + GL drawing + read-back
  double write_ms = 0;   // PNG encoding and the atomic write
};

// Draws scenes headless (EGL surfaceless) at a fixed size and writes PNGs atomically.
// Anti-aliasing is analytic (outlines, hatching, text and strokes compute their own
// coverage, and every fill edge lies under an outline), so no multisampling is needed.
class Exporter {
 public:
  Exporter(int width, int height);  // brings up OpenGL and the font now
  ~Exporter();
  Exporter(const Exporter&) = delete;
  Exporter& operator=(const Exporter&) = delete;
  ExportTiming export_png(const Scene& scene, const std::string& out_path, const LayoutOptions& layout = {});

 private:
  int width_, height_;
  std::unique_ptr<render::OffscreenRenderer> renderer_;
};

}  // namespace hgm::cli
