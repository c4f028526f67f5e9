#include "core/layout/label_placement.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

namespace hgm::layout {

namespace {

struct Candidate {
  double x, baseline;  // text origin
  Box box;             // text box with its halo
};

Candidate at(double cx, double cy, double w, double asc, double desc, double halo) {
  const double x = cx - w / 2;
  const double baseline = cy + (asc - desc) / 2;
  return {x, baseline, {x - halo, baseline - asc - halo, x + w + halo, baseline + desc + halo}};
}

// `b` inside the viewport and, widened by `gap` on every side, clear of everything placed.
bool free_and_inside(const Box& b, const PixelRect& v, const std::vector<Box>& placed, double gap = 0) {
  if (b.x0 < v.x || b.y0 < v.y || b.x1 > v.x + v.w || b.y1 > v.y + v.h) return false;
  const Box wide{b.x0 - gap, b.y0 - gap, b.x1 + gap, b.y1 + gap};
  return std::none_of(placed.begin(), placed.end(), [&](const Box& p) { return p.overlaps(wide); });
}

bool listed(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The point of the box's edge on the way from its centre to `p`.
Vec2 edge_towards(const Box& b, Vec2 p) {
  const double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  const double dx = p.x - cx, dy = p.y - cy;
  const double sx = dx == 0 ? INFINITY : ((dx > 0 ? b.x1 : b.x0) - cx) / dx;
  const double sy = dy == 0 ? INFINITY : ((dy > 0 ? b.y1 : b.y0) - cy) / dy;
  const double s = std::min(sx, sy);
  return {cx + dx * s, cy + dy * s};
}

}  // namespace

bool labels_thinned(const Scene& scene) { return scene.features.size() > kMostLabelledUnits; }

void place_labels(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m, std::vector<Box>& placed,
                  LabelRoom room) {
  const bool thinned = labels_thinned(scene);
  const bool tight = room == LabelRoom::tight;
  // The districts the planner pointed at keep their names wherever they fit.
  const auto kept = [&](const MapFeature* feat) {
    return tight && (listed(scene.pinned, feat->code) || listed(scene.highlighted, feat->code));
  };
  // Hundreds of units are small on any page: their names are set smaller (never under the
  // legible floor), centred on the unit, which must show under them (its inscribed circle at
  // least half the text's height across); they lie over the neighbours' edges, as on printed
  // national maps.
  const double size = thinned ? std::max(k.min_text, 0.6 * k.label) : k.label;
  const double asc = m.ascent(size), desc = m.descent(size);
  std::vector<const MapFeature*> order;
  for (const MapFeature& feat : scene.features) order.push_back(&feat);
  // Larger districts first: they have the most room and matter most at a glance.
  std::stable_sort(order.begin(), order.end(),
                   [](const MapFeature* a, const MapFeature* b) { return a->inscribed_radius > b->inscribed_radius; });
  // Tight: the pinned and highlighted names first, before the larger districts take the room.
  std::stable_partition(order.begin(), order.end(), kept);
  // Tight: names a sixth of a line apart, so neighbouring names read as two.
  const double clearance = tight ? (asc + desc) / 6 : 0;
  for (const MapFeature* feat : order) {
    if (feat->label.empty()) continue;
    const Vec2 p = f.transform.to_pixel(feat->label_anchor);
    const double w = m.text_width(feat->label, size);
    const double r = feat->inscribed_radius * f.transform.scale;
    const bool fits_inside = thinned ? (asc + desc) <= 4 * r : w <= 3.2 * r && (asc + desc) <= 1.6 * r;
    bool done = false;
    if (fits_inside) {
      const double step = (asc + desc) * 1.1;
      const double offsets[] = {0.0, step, -step};  // thinned: centred only
      for (const double dy : std::span(offsets, thinned ? 1 : 3)) {
        const Candidate c = at(p.x, p.y + dy, w, asc, desc, k.halo);
        if (!free_and_inside(c.box, f.map_viewport, placed, clearance)) continue;
        placed.push_back(c.box);
        add_text(f, feat->label, c.x, c.baseline, size, kInk, kWhite, k.halo);
        done = true;
        break;
      }
    }
    if (done || !f.map_viewport.contains(p.x, p.y) || thinned || (tight && !kept(feat))) continue;
    // Outside, joined to the district by a leader line: try the eight directions.
    const double gap = std::max(r, 4 * k.unit) + 14 * k.unit;
    const double half_h = (asc + desc) / 2 + k.halo;
    for (const auto& [dx, dy] : {std::pair{1.0, 0.0}, {-1.0, 0.0}, {0.8, -0.6}, {-0.8, -0.6}, {0.8, 0.6},
                                {-0.8, 0.6}, {0.0, -1.0}, {0.0, 1.0}}) {
      const double cx = p.x + dx * (gap + w / 2 * std::fabs(dx));
      const double cy = p.y + dy * (gap + half_h * std::fabs(dy));
      const Candidate c = at(cx, cy, w, asc, desc, k.halo);
      if (!free_and_inside(c.box, f.map_viewport, placed, clearance)) continue;
      placed.push_back(c.box);
      const Vec2 end = edge_towards(c.box, p);
      f.lines.push_back({{p, end}, std::max(1.0, 1.3 * k.unit), kInk, false});
      add_text(f, feat->label, c.x, c.baseline, size, kInk, kWhite, k.halo);
      break;
    }
  }
}

}  // namespace hgm::layout
