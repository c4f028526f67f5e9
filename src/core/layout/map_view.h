#pragma once
// Pan and zoom of the map inside its viewport. The map is always drawn with one scale
// for x and y, so resizing never distorts it.
#include "core/geometry.h"

namespace hgm {

struct PixelRect {
  double x = 0, y = 0, w = 0, h = 0;  // pixels, origin top-left, y down
  bool contains(double px, double py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

// pixel = (origin_x + (map.x - center.x) * scale, origin_y - (map.y - center.y) * scale)
struct MapTransform {
  double scale = 1;  // pixels per map unit
  Vec2 center;       // map point drawn at (origin_x, origin_y)
  double origin_x = 0, origin_y = 0;

  Vec2 to_pixel(Vec2 map) const;
  Vec2 to_map(Vec2 pixel) const;
};

struct MapView {
  double zoom = 1;    // 1 = the whole province fits the viewport
  Vec2 pan;           // offset of the view centre from the data centre, map units

  MapTransform transform(const Bounds& data, const PixelRect& viewport) const;
  // Zoom by `factor` keeping the map point under pixel (px, py) where it is.
  void zoom_at(const Bounds& data, const PixelRect& viewport, double px, double py, double factor);
  void pan_by_pixels(const Bounds& data, const PixelRect& viewport, double dx, double dy);
  void reset() { *this = MapView{}; }
  friend bool operator==(const MapView&, const MapView&) = default;
};

}  // namespace hgm
