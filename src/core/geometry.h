#pragma once
// Plain geometry in map units (metres of the map projection, y pointing north).
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace hgm {

struct Vec2 {
  double x = 0;
  double y = 0;
  friend bool operator==(const Vec2&, const Vec2&) = default;
};

using Ring = std::vector<Vec2>;  // closed implicitly: the last point is not repeated

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

struct Bounds {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  bool empty() const { return !(min_x <= max_x && min_y <= max_y); }
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
  void extend(Vec2 p);
  void extend(const Bounds& other);
};

Bounds bounds_of(const MultiPolygon& shape);

// Triangles ready for the GPU: indices into vertices, three per triangle.
struct TriangleMesh {
  std::vector<Vec2> vertices;
  std::vector<std::uint32_t> indices;
};

double signed_area(const Ring& ring);  // positive when counter-clockwise

// Douglas–Peucker simplification of a closed ring to `tolerance`, never below
// `min_points` points, so that small islands shrink to a few points instead of vanishing.
Ring simplify_ring(const Ring& ring, double tolerance, std::size_t min_points = 4);
// The part of segment a→b inside the box [x0, x1] × [y0, y1] (Liang–Barsky), or nothing.
// Any units: map outlines cut to the viewport, line quads cut near the frame.
std::optional<std::pair<Vec2, Vec2>> clip_segment(Vec2 a, Vec2 b, double x0, double y0, double x1, double y1);
bool point_in_ring(Vec2 p, const Ring& ring);
bool point_in_polygon(Vec2 p, const Polygon& polygon);  // holes excluded
bool point_in_shape(Vec2 p, const MultiPolygon& shape);

}  // namespace hgm
