#include "core/geometry.h"

#include <algorithm>
#include <cmath>

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

namespace {

// Squared: Douglas–Peucker only compares distances, and a million-point boundary would spend
// most of its simplification in hypot.
double squared_distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
  const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
  return ex * ex + ey * ey;
}

// Marks the points of ring[first..last] that Douglas–Peucker keeps (iteratively).
void mark_kept(const Ring& ring, std::size_t first, std::size_t last, double tolerance, std::vector<bool>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    const auto [a, b] = stack.back();
    stack.pop_back();
    double worst = -1;
    std::size_t at = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = squared_distance_to_segment(ring[i], ring[a], ring[b % ring.size()]);
      if (d > worst) worst = d, at = i;
    }
    if (worst > tolerance * tolerance) {
      keep[at] = true;
      stack.push_back({a, at});
      stack.push_back({at, b});
    }
  }
}

}  // namespace

Ring simplify_ring(const Ring& ring, double tolerance, std::size_t min_points) {
  if (ring.size() <= min_points) return ring;
  // Split the ring at its first point and the point farthest from it, so both halves
  // are open polylines.
  std::size_t far = 0;
  double far_d = -1;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const double dx = ring[i].x - ring[0].x, dy = ring[i].y - ring[0].y;
    const double d = dx * dx + dy * dy;
    if (d > far_d) far_d = d, far = i;
  }
  std::vector<bool> keep(ring.size(), false);
  keep[0] = keep[far] = true;
  mark_kept(ring, 0, far, tolerance, keep);
  mark_kept(ring, far, ring.size(), tolerance, keep);
  Ring out;
  for (std::size_t i = 0; i < ring.size(); ++i)
    if (keep[i]) out.push_back(ring[i]);
  if (out.size() >= min_points) return out;
  // Too few left: keep evenly spaced points of the original instead.
  out.clear();
  for (std::size_t k = 0; k < min_points; ++k) out.push_back(ring[k * ring.size() / min_points]);
  return out;
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

std::optional<std::pair<Vec2, Vec2>> clip_segment(Vec2 a, Vec2 b, double x0, double y0, double x1, double y1) {
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - x0, x1 - a.x, a.y - y0, y1 - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {  // parallel to this side: wholly outside it or never crossing it
      if (q[i] < 0) return std::nullopt;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return std::nullopt;
  }
  return std::pair{Vec2{a.x + t0 * dx, a.y + t0 * dy}, Vec2{a.x + t1 * dx, a.y + t1 * dy}};
}

}  // namespace hgm
