#pragma once
// The one walk over a Frame: it decides, once for every output format, what is drawn and
// in which order, and hands each layer to a FrameBackend that only draws what it is
// handed (the way mapnik has one process() per symbolizer per renderer). The order is
//
//   begin(frame)
//   background(colour)            always, even when transparent
//   map(layer)                    when the scene has features and the viewport a pixel
//   map(layer) for each panel map  small multiples, on the same conditions
//   rects(visible rectangles)     this and each layer below only when it has something
//   plain_polygons(...)           visible, its items in the frame's list order
//   antialiased_polygons(...)
//   lines(visible lines)
//   texts(visible texts)
//   end()
//
// Later layers are drawn over earlier ones. What "visible" means lives in frame_shapes.h.
//
// Adding an output format (e.g. PDF through cairo) touches neither this walk nor the other
// backends:
//   1. render/pdf/pdf_backend.{h,cpp}: a class deriving from FrameBackend, one short
//      method per layer drawing what it is handed, with the helpers the SVG backend uses
//      (frame_shapes.h: boundary_rings for polygons, line_points for lines, text_halo_px,
//      pattern_lines; scene_geometry.h: pattern_anchor for hatches);
//   2. a public entry such as write_pdf(path, frame) that makes the backend, calls
//      walk_frame(frame, backend) and writes the file atomically (atomic_file.h);
//   3. the new .cpp files and the library (e.g. find_package for cairo, its Debian
//      package in scripts/lib.sh) in src/render/CMakeLists.txt, tests in tests/render.
// svg/svg_backend.cpp (SVG) and gl/gl_backend.cpp (OpenGL) are the two examples.
#include <optional>
#include <vector>

#include "core/layout/frame.h"
#include "render/frame_shapes.h"

namespace hgm::render {

// The map: every feature of `scene` through `transform`, clipped to `clip`. Features are
// in the scene's order; a backend skips what it cannot draw (no shape, transparent fill).
struct MapLayer {
  const hgm::Scene* scene = nullptr;
  const hgm::MapTransform* transform = nullptr;
  PixelBox clip;          // whole pixels, inside the frame, not empty
  bool outlined = false;  // draw every ring's outline (frame.outline, outline_width_px)
  std::size_t panel = 0;  // 0: the frame's own map; n: its nth panel map (SVG keeps their ids apart)
};

class FrameBackend {
 public:
  virtual ~FrameBackend() = default;
  // The frame being walked: its size, pattern lines and outline look. It outlives end().
  virtual void begin(const hgm::Frame& frame) = 0;
  virtual void background(hgm::Color color) = 0;
  virtual void map(const MapLayer& map) = 0;
  virtual void rects(const Items<hgm::FrameRect>& rects) = 0;
  // Polygons whose edges lines cover (FramePolygon::antialias false): no edge smoothing needed.
  virtual void plain_polygons(const Items<hgm::FramePolygon>& polygons) = 0;
  virtual void antialiased_polygons(const Items<hgm::FramePolygon>& polygons) = 0;
  virtual void lines(const Items<hgm::FrameLine>& lines) = 0;
  virtual void texts(const Items<hgm::FrameText>& texts) = 0;
  virtual void end() = 0;
};

// What each layer of a frame draws, before any backend sees it.
struct FrameLayers {
  std::optional<MapLayer> map;
  std::vector<MapLayer> panel_maps;
  Items<hgm::FrameRect> rects;
  Items<hgm::FramePolygon> plain_polygons, antialiased_polygons;
  Items<hgm::FrameLine> lines;
  Items<hgm::FrameText> texts;
};
FrameLayers frame_layers(const hgm::Frame& frame);

// Hands `frame` to `backend` layer by layer, in the order above.
void walk_frame(const hgm::Frame& frame, FrameBackend& backend);

}  // namespace hgm::render
