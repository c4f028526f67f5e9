#include "render/frame_shapes.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace hgm::render {

PixelBox intersection(const PixelBox& a, const PixelBox& b) {
  return {std::max(a.left, b.left), std::max(a.top, b.top), std::min(a.right, b.right), std::min(a.bottom, b.bottom)};
}

PixelBox united(const PixelBox& a, const PixelBox& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right), std::max(a.bottom, b.bottom)};
}

PixelBox pixels_covering(double left, double top, double right, double bottom, int margin) {
  if (!std::isfinite(left) || !std::isfinite(top) || !std::isfinite(right) || !std::isfinite(bottom)) return {};
  const auto whole = [](double v) { return static_cast<int>(std::clamp(v, -1e9, 1e9)); };
  return {whole(std::floor(left)) - margin, whole(std::floor(top)) - margin, whole(std::ceil(right)) + margin,
          whole(std::ceil(bottom)) + margin};
}

namespace {

bool finite(hgm::Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }
bool same(hgm::Vec2 a, hgm::Vec2 b) { return a.x == b.x && a.y == b.y; }
bool before(hgm::Vec2 a, hgm::Vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

// An undirected edge with its ends in a fixed order, for finding edges shared by triangles.
struct EdgeKey {
  hgm::Vec2 lo, hi;
  std::size_t order;  // position in the triangles' own listing
};

bool key_less(const EdgeKey& a, const EdgeKey& b) {
  if (!same(a.lo, b.lo)) return before(a.lo, b.lo);
  if (!same(a.hi, b.hi)) return before(a.hi, b.hi);
  return a.order < b.order;
}

bool key_same(const EdgeKey& a, const EdgeKey& b) { return same(a.lo, b.lo) && same(a.hi, b.hi); }

}  // namespace

PixelBox map_viewport_box(const hgm::Frame& frame) { return viewport_box(frame.map_viewport, frame); }

PixelBox viewport_box(const hgm::PixelRect& r, const hgm::Frame& frame) {
  const double width = std::max(frame.width, 0), height = std::max(frame.height, 0);
  // Rounded and clamped in double, so infinite or huge values are safe. A NaN gives `lo`:
  // a NaN in x or w makes right = left (x + w is NaN too), and likewise for y and h.
  auto whole = [](double v, double lo, double hi) { return std::isnan(v) ? lo : std::clamp(std::round(v), lo, hi); };
  const double left = whole(r.x, 0, width);
  const double right = whole(r.x + r.w, left, width);
  const double top = whole(r.y, 0, height);
  const double bottom = whole(r.y + r.h, top, height);
  return {static_cast<int>(left), static_cast<int>(top), static_cast<int>(right), static_cast<int>(bottom)};
}

PatternLines pattern_lines(const hgm::Frame& frame) {
  return {frame.pattern_spacing_px > 1 ? frame.pattern_spacing_px : 1,
          frame.pattern_line_px > 0 ? frame.pattern_line_px : 0};
}

bool map_outlines_visible(const hgm::Frame& frame) { return frame.outline_width_px > 0 && frame.outline.a > 0; }

bool rect_is_stroked(const hgm::FrameRect& r) {
  return r.stroke.a > 0 && r.stroke_width > 0 && std::isfinite(r.stroke_width);
}

bool rect_is_visible(const hgm::FrameRect& r) {
  const hgm::PixelRect& box = r.rect;
  if (!std::isfinite(box.x) || !std::isfinite(box.y) || !std::isfinite(box.w) || !std::isfinite(box.h)) return false;
  if (!(box.w > 0) || !(box.h > 0)) return false;
  return r.style.fill.a > 0 || rect_is_stroked(r);
}

double text_halo_px(const hgm::FrameText& text) {
  return text.halo.a > 0 && text.halo_px > 0 && std::isfinite(text.halo_px) ? text.halo_px : 0;
}

bool text_is_visible(const hgm::FrameText& text) {
  if (text.utf8.empty() || !std::isfinite(text.x) || !std::isfinite(text.y)) return false;
  if (!(text.size_px > 0) || !std::isfinite(text.size_px)) return false;
  return text.color.a > 0 || text_halo_px(text) > 0;
}

std::vector<hgm::Vec2> line_points(const hgm::FrameLine& line) {
  std::vector<hgm::Vec2> points;
  points.reserve(line.points.size());
  for (const hgm::Vec2 p : line.points) {
    if (!finite(p)) continue;
    if (!points.empty() && same(points.back(), p)) continue;
    points.push_back(p);
  }
  if (line.closed && points.size() > 1 && same(points.front(), points.back())) points.pop_back();
  return points;
}

bool line_is_visible(const hgm::FrameLine& line) {
  if (!(line.width > 0) || !std::isfinite(line.width) || line.color.a == 0) return false;
  return line_points(line).size() >= 2;
}

std::vector<hgm::Ring> pixel_rings(const hgm::MultiPolygon& shape, const hgm::MapTransform& transform) {
  std::vector<hgm::Ring> rings;
  auto add = [&](const hgm::Ring& ring) {
    hgm::Ring& pixels = rings.emplace_back();
    pixels.reserve(ring.size());
    for (const hgm::Vec2& p : ring) {
      const hgm::Vec2 px = transform.to_pixel(p);
      if (finite(px)) pixels.push_back(px);
    }
  };
  for (const hgm::Polygon& polygon : shape) {
    add(polygon.outer);
    for (const hgm::Ring& hole : polygon.holes) add(hole);
  }
  return rings;
}

bool polygon_is_visible(const hgm::FramePolygon& polygon) {
  return polygon.fill.a > 0 && polygon.mesh.indices.size() >= 3;
}

std::vector<PixelTriangle> polygon_triangles(const hgm::FramePolygon& polygon) {
  std::vector<PixelTriangle> triangles;
  if (polygon.fill.a == 0) return triangles;
  const auto& vertices = polygon.mesh.vertices;
  const auto& indices = polygon.mesh.indices;
  triangles.reserve(indices.size() / 3);
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    const std::uint32_t i = indices[t], j = indices[t + 1], k = indices[t + 2];
    if (i >= vertices.size() || j >= vertices.size() || k >= vertices.size()) continue;
    const PixelTriangle tri{vertices[i], vertices[j], vertices[k]};
    if (!finite(tri.a) || !finite(tri.b) || !finite(tri.c)) continue;
    const double cross = (tri.b.x - tri.a.x) * (tri.c.y - tri.a.y) - (tri.b.y - tri.a.y) * (tri.c.x - tri.a.x);
    if (!(std::abs(cross) > 1e-9)) continue;  // flat: covers nothing, its edges must not show
    // One winding for all, so the boundary edges run one way around the area.
    triangles.push_back(cross > 0 ? tri : PixelTriangle{tri.a, tri.c, tri.b});
  }
  return triangles;
}

std::vector<PixelEdge> boundary_edges(const std::vector<PixelTriangle>& triangles) {
  std::vector<EdgeKey> keys;
  keys.reserve(triangles.size() * 3);
  for (const PixelTriangle& t : triangles) {
    for (const auto& [p, q] : {std::pair{t.a, t.b}, std::pair{t.b, t.c}, std::pair{t.c, t.a}}) {
      keys.push_back(before(q, p) ? EdgeKey{q, p, keys.size()} : EdgeKey{p, q, keys.size()});
    }
  }
  std::vector<EdgeKey> sorted = keys;
  std::sort(sorted.begin(), sorted.end(), key_less);
  // An edge listed an odd number of times bounds the union (once, in a proper mesh).
  std::vector<bool> boundary(keys.size(), false);
  for (std::size_t first = 0; first < sorted.size();) {
    std::size_t last = first + 1;
    while (last < sorted.size() && key_same(sorted[first], sorted[last])) ++last;
    if ((last - first) % 2 == 1) boundary[sorted[first].order] = true;
    first = last;
  }
  std::vector<PixelEdge> edges;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!boundary[i]) continue;
    const PixelTriangle& t = triangles[i / 3];
    const hgm::Vec2 corners[3] = {t.a, t.b, t.c};
    edges.push_back({corners[i % 3], corners[(i + 1) % 3]});
  }
  return edges;
}

std::vector<hgm::Ring> boundary_rings(const std::vector<PixelTriangle>& triangles) {
  const std::vector<PixelEdge> edges = boundary_edges(triangles);
  // Number the distinct end points.
  std::vector<hgm::Vec2> points;
  points.reserve(edges.size() * 2);
  for (const PixelEdge& e : edges) {
    points.push_back(e.from);
    points.push_back(e.to);
  }
  std::sort(points.begin(), points.end(), before);
  points.erase(std::unique(points.begin(), points.end(), same), points.end());
  auto id_of = [&points](hgm::Vec2 p) {
    return static_cast<std::size_t>(std::lower_bound(points.begin(), points.end(), p, before) - points.begin());
  };
  std::vector<std::size_t> from(edges.size()), to(edges.size());
  std::vector<std::vector<std::size_t>> incident(points.size());  // edge numbers, ascending
  for (std::size_t e = 0; e < edges.size(); ++e) {
    from[e] = id_of(edges[e].from);
    to[e] = id_of(edges[e].to);
    incident[from[e]].push_back(e);
    incident[to[e]].push_back(e);
  }
  // Walk unused edges until back at the start. Every point of a mesh boundary has an even
  // number of boundary edges, so a walk only ends at its start; were the mesh broken, the
  // open chain is closed by a straight line.
  std::vector<bool> used(edges.size(), false);
  std::vector<hgm::Ring> rings;
  for (std::size_t start = 0; start < edges.size(); ++start) {
    if (used[start]) continue;
    used[start] = true;
    hgm::Ring ring{points[from[start]]};
    std::size_t at = to[start];
    while (at != from[start]) {
      ring.push_back(points[at]);
      std::size_t next = edges.size();
      for (const std::size_t e : incident[at]) {
        if (!used[e]) {
          next = e;
          break;
        }
      }
      if (next == edges.size()) break;
      used[next] = true;
      at = from[next] == at ? to[next] : from[next];
    }
    if (ring.size() >= 3) rings.push_back(std::move(ring));
  }
  return rings;
}

}  // namespace hgm::render
