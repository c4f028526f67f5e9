#include "core/layout/inset_labels.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/layout/wrap_text.h"
#include "core/text/lang.h"

namespace hgm::layout {

namespace {

using Triangle = std::array<Vec2, 3>;

// Separating axes: the box's two and the triangle's three edge normals.
bool triangle_meets_box(const Triangle& t, const Box& b) {
  if (std::max({t[0].x, t[1].x, t[2].x}) < b.x0 || std::min({t[0].x, t[1].x, t[2].x}) > b.x1 ||
      std::max({t[0].y, t[1].y, t[2].y}) < b.y0 || std::min({t[0].y, t[1].y, t[2].y}) > b.y1)
    return false;
  const std::array<Vec2, 4> corners{Vec2{b.x0, b.y0}, Vec2{b.x1, b.y0}, Vec2{b.x1, b.y1}, Vec2{b.x0, b.y1}};
  for (int i = 0; i < 3; ++i) {
    const Vec2 a = t[i], c = t[(i + 1) % 3];
    const Vec2 normal{c.y - a.y, a.x - c.x};
    auto project = [&](Vec2 p) { return normal.x * p.x + normal.y * p.y; };
    double tri_lo = project(t[0]), tri_hi = tri_lo;
    for (const Vec2 p : t) tri_lo = std::min(tri_lo, project(p)), tri_hi = std::max(tri_hi, project(p));
    double box_lo = project(corners[0]), box_hi = box_lo;
    for (const Vec2 p : corners) box_lo = std::min(box_lo, project(p)), box_hi = std::max(box_hi, project(p));
    if (box_hi < tri_lo || box_lo > tri_hi) return false;
  }
  return true;
}

struct Land {
  Box extent;
  std::vector<Triangle> triangles;
};

std::vector<Land> land_in_pixels(const LocatorMap& loc, const InsetTransform& t) {
  std::vector<Land> land;
  for (const LocatorShape& shape : loc.shapes) {
    Land l{{INFINITY, INFINITY, -INFINITY, -INFINITY}, {}};
    for (std::size_t i = 0; i + 2 < shape.mesh.indices.size(); i += 3) {
      Triangle tri;
      for (int j = 0; j < 3; ++j) {
        tri[j] = t.to_px(shape.mesh.vertices[shape.mesh.indices[i + j]]);
        l.extent = {std::min(l.extent.x0, tri[j].x), std::min(l.extent.y0, tri[j].y), std::max(l.extent.x1, tri[j].x),
                    std::max(l.extent.y1, tri[j].y)};
      }
      l.triangles.push_back(tri);
    }
    land.push_back(std::move(l));
  }
  return land;
}

bool on_land(const Box& b, const std::vector<Land>& land) {
  for (const Land& l : land) {
    if (!l.extent.overlaps(b)) continue;
    for (const Triangle& t : l.triangles)
      if (triangle_meets_box(t, b)) return true;
  }
  return false;
}

}  // namespace

InsetTransform inset_transform(const LocatorMap& loc, const PixelRect& area) {
  InsetTransform t;
  t.bounds = loc.bounds;
  t.scale = std::min(area.w / loc.bounds.width(), area.h / loc.bounds.height());
  t.ox = area.x + (area.w - loc.bounds.width() * t.scale) / 2;
  t.oy = area.y + (area.h - loc.bounds.height() * t.scale) / 2;
  return t;
}

std::vector<std::optional<InsetLabel>> place_inset_labels(const LocatorMap& loc, Lang lang, const InsetTransform& t,
                                                          const PixelRect& area, double size, const Metrics& k,
                                                          const TextMeasurer& m) {
  std::vector<std::optional<InsetLabel>> out;
  if (loc.labels.empty()) return out;
  const std::vector<Land> land = land_in_pixels(loc, t);
  const double asc = m.ascent(size), desc = m.descent(size);
  const double gap = std::max(2.0, 4 * k.unit);
  const double clear = std::max(1.0, k.unit);  // the coastlines are drawn about a pixel wide
  std::vector<Box> placed;
  for (const LocatorLabel& label : loc.labels) {
    const std::string& text = pick(lang, label.vi, label.en);
    Box isl;
    if (label.islands.empty()) {
      const Vec2 p = t.to_px(label.position);
      isl = {p.x, p.y, p.x, p.y};
    } else {
      const Vec2 a = t.to_px({label.islands.min_x, label.islands.max_y});
      const Vec2 b = t.to_px({label.islands.max_x, label.islands.min_y});
      isl = {a.x, a.y, b.x, b.y};
    }
    const double cx = (isl.x0 + isl.x1) / 2, cy = (isl.y0 + isl.y1) / 2;
    const double one_w = m.text_width(text, size);
    std::optional<InsetLabel> chosen;
    // One line first; two when one finds no place.
    for (const std::vector<std::string>& lines : {std::vector<std::string>{text}, wrap_text(text, size, one_w * 0.6, m)}) {
      if (chosen || lines.empty() || (lines.size() == 1 && lines.front() != text) || lines.size() > 2) continue;
      double w = 0;
      for (const std::string& line : lines) w = std::max(w, m.text_width(line, size));
      const double line_h = line_height(m, size);
      const double h = asc + desc + static_cast<double>(lines.size() - 1) * line_h;
      // Top-left corners of the text box, in order of preference: the stated side first,
      // centred on the islands, then level with their top or bottom; the other side; above
      // and below (centred, then flush with either end); among the islands last.
      const double right = isl.x1 + gap, left = isl.x0 - gap - w, above = isl.y0 - gap - h, below = isl.y1 + gap;
      const std::array<double, 3> beside_y{cy - h / 2, isl.y0, isl.y1 - h};
      const std::array<double, 3> over_x{cx - w / 2, isl.x0, isl.x1 - w};
      std::vector<Vec2> candidates;
      for (const double x : label.text_left_of_position ? std::array{left, right} : std::array{right, left})
        for (const double y : beside_y) candidates.push_back({x, y});
      for (const double y : {above, below})
        for (const double x : over_x) candidates.push_back({x, y});
      candidates.push_back({cx - w / 2, cy - h / 2});
      for (const Vec2 c : candidates) {
        const Box box{c.x, c.y, c.x + w, c.y + h};
        if (box.x0 < area.x || box.y0 < area.y || box.x1 > area.x + area.w || box.y1 > area.y + area.h) continue;
        const Box padded{box.x0 - clear, box.y0 - clear, box.x1 + clear, box.y1 + clear};
        if (on_land(padded, land)) continue;
        if (std::any_of(placed.begin(), placed.end(), [&](const Box& p) { return p.overlaps(padded); })) continue;
        chosen = InsetLabel{lines, c.x, c.y + asc, line_h, box};
        placed.push_back(box);
        break;
      }
    }
    out.push_back(chosen);
  }
  return out;
}

}  // namespace hgm::layout
