#include "core/geometry.h"

#include <algorithm>

namespace hgm {

void Bounds::extend(Vec2 p) {
  min_x = std::min(min_x, p.x);
  min_y = std::min(min_y, p.y);
  max_x = std::max(max_x, p.x);
  max_y = std::max(max_y, p.y);
}

void Bounds::extend(const Bounds& other) {
  if (other.empty()) return;
  extend(Vec2{other.min_x, other.min_y});
  extend(Vec2{other.max_x, other.max_y});
}

Bounds bounds_of(const MultiPolygon& shape) {
  Bounds b;
  for (const Polygon& part : shape)
    for (Vec2 p : part.outer) b.extend(p);
  return b;
}

double signed_area(const Ring& ring) {
  double twice = 0;
  const std::size_t n = ring.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Vec2 a = ring[i];
    const Vec2 b = ring[(i + 1) % n];
    twice += a.x * b.y - b.x * a.y;
  }
  return twice / 2;
}

bool point_in_ring(Vec2 p, const Ring& ring) {
  // Even-odd crossing test; boundary points may go either way, which is fine for picking.
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2 a = ring[i];
    const Vec2 b = ring[j];
    if ((a.y > p.y) != (b.y > p.y)) {
      const double x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
      if (p.x < x_cross) inside = !inside;
    }
  }
  return inside;
}

bool point_in_polygon(Vec2 p, const Polygon& polygon) {
  if (!point_in_ring(p, polygon.outer)) return false;
  return std::none_of(polygon.holes.begin(), polygon.holes.end(),
                      [&](const Ring& hole) { return point_in_ring(p, hole); });
}

bool point_in_shape(Vec2 p, const MultiPolygon& shape) {
  return std::any_of(shape.begin(), shape.end(),
                     [&](const Polygon& part) { return point_in_polygon(p, part); });
}

}  // namespace hgm
