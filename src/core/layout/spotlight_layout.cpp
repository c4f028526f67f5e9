#include "core/layout/map_furniture.h"
#include "core/layout/pinned_outlines.h"
#include "core/layout/wrap_text.h"

#include <algorithm>
#include <cmath>

#include "core/geometry.h"

namespace hgm::layout {

namespace {

constexpr Color kDimmed{255, 255, 255, 165};  // a veil over the other districts

// Cut to the map's viewport, as the pinned outlines are: a zoomed-in map's veils and
// outlines never spill over the legend or the title.
FramePolygon veil(const MapFeature& feature, const Frame& f) {
  const TriangleMesh& mesh = feature.mesh.get();
  TriangleMesh pixels;
  pixels.indices = mesh.indices;
  pixels.vertices.reserve(mesh.vertices.size());
  for (const Vec2 v : mesh.vertices) pixels.vertices.push_back(f.transform.to_pixel(v));
  FramePolygon p;
  p.fill = kDimmed;
  p.mesh = clip_mesh(pixels, Box::of(f.map_viewport));
  return p;
}

// Veils every district but those `lit` names and outlines those heavy.
void stand_out(const Scene& scene, const std::vector<std::string>& lit, Frame& f, const Metrics& k) {
  const auto is_lit = [&](const MapFeature& feature) {
    return std::find(lit.begin(), lit.end(), feature.code) != lit.end();
  };
  for (const MapFeature& feature : scene.features)
    if (!is_lit(feature)) f.polygons.push_back(veil(feature, f));
  for (const MapFeature& feature : scene.features) {
    if (!is_lit(feature)) continue;
    for (const Polygon& part : feature.shape) {
      std::vector<Vec2> ring;
      for (const Vec2 p : part.outer) ring.push_back(f.transform.to_pixel(p));
      for (std::vector<Vec2>& piece : clip_polyline(ring, true, Box::of(f.map_viewport)))
        f.lines.push_back({std::move(piece), std::max(2.0, 4 * k.unit), kInk, false});
    }
  }
}

}  // namespace

void add_highlights(const Scene& scene, Frame& f, const Metrics& k) {
  const bool any = std::any_of(scene.features.begin(), scene.features.end(), [&](const MapFeature& feature) {
    return std::find(scene.highlighted.begin(), scene.highlighted.end(), feature.code) != scene.highlighted.end();
  });
  if (any) stand_out(scene, scene.highlighted, f, k);
}

Box add_spotlight(const Scene& scene, const Spotlight& spot, Frame& f, const Metrics& k, const TextMeasurer& m,
                  const std::vector<Box>& keep_out) {
  const auto lit = std::find_if(scene.features.begin(), scene.features.end(),
                                [&](const MapFeature& feature) { return feature.code == spot.code; });
  if (lit == scene.features.end()) return {0, 0, 0, 0};
  stand_out(scene, {spot.code}, f, k);

  // The callout: name over figure, the figure the largest text on the screen. A figure's
  // qualifier in brackets (a fact shared by a group of districts: "(chung 4 huyện: …)")
  // follows in the name's size, so the callout stays small; all wrap within half the map.
  const double name_size = k.subtitle * 1.15, figure_size = k.title * 1.1;
  const double pad = k.panel_pad;
  const double room = std::max(f.map_viewport.w * 0.5 - 2 * pad, 40 * k.unit);
  const std::size_t bracket = spot.figure.find(" (");
  const std::string headline = bracket == std::string::npos ? spot.figure : spot.figure.substr(0, bracket);
  const std::string qualifier = bracket == std::string::npos ? std::string() : spot.figure.substr(bracket + 1);
  struct Line {
    std::string text;
    double size;
  };
  std::vector<Line> lines;
  for (const auto& [text, size] : {std::pair{spot.name, name_size}, {headline, figure_size}, {qualifier, name_size}})
    if (!text.empty())
      for (std::string& line : wrap_text(text, size, room, m)) lines.push_back({std::move(line), size});
  double text_w = 0, text_h = 0;
  for (const Line& line : lines) {
    text_w = std::max(text_w, m.text_width(line.text, line.size));
    text_h += line_height(m, line.size);
  }
  const double w = text_w + 2 * pad;
  const double h = pad + text_h + pad * 0.5;
  const Bounds b = bounds_of(lit->shape);
  const Vec2 top_left = f.transform.to_pixel({b.min_x, b.max_y});
  const Vec2 bottom_right = f.transform.to_pixel({b.max_x, b.min_y});
  const PixelRect& v = f.map_viewport;
  const double gap = k.margin * 0.6;
  const auto inside = [&](double cx, double cy) {
    return Vec2{std::clamp(cx, v.x, std::max(v.x, v.x + v.w - w)), std::clamp(cy, v.y, std::max(v.y, v.y + v.h - h))};
  };
  const double beside_y = (top_left.y + bottom_right.y - h) / 2;
  const Vec2 candidates[] = {inside(bottom_right.x + gap, beside_y), inside(top_left.x - gap - w, beside_y),
                             inside(v.x, v.y),          inside(v.x + v.w - w, v.y),
                             inside(v.x, v.y + v.h - h), inside(v.x + v.w - w, v.y + v.h - h)};
  // What a place would cover, sampled on a grid: the spotlit district counts most, other
  // land next, furniture most (it must stay readable).
  const auto cost = [&](Vec2 at) {
    const Box box{at.x, at.y, at.x + w, at.y + h};
    double c = 0;
    for (const Box& o : keep_out)
      if (o.overlaps(box)) c += 1000;
    constexpr int kSteps = 12;
    for (int i = 0; i < kSteps; ++i)
      for (int j = 0; j < kSteps; ++j) {
        const Vec2 p = f.transform.to_map({at.x + w * (i + 0.5) / kSteps, at.y + h * (j + 0.5) / kSteps});
        if (point_in_shape(p, lit->shape)) c += 100;  // all but never
        else if (std::any_of(scene.features.begin(), scene.features.end(),
                             [&](const MapFeature& other) { return point_in_shape(p, other.shape); }))
          c += 1;
      }
    return c;
  };
  Vec2 best = candidates[0];
  double least = cost(best);
  for (const Vec2 at : candidates) {
    const double c = cost(at);
    if (c < least) least = c, best = at;  // ties keep the earlier: beside the district first
  }
  const double x = best.x, y = best.y;
  // Away from the district, a line from the callout's nearest side to its label point.
  const Vec2 anchor = f.transform.to_pixel(lit->label_anchor);
  const Vec2 from{std::clamp(anchor.x, x, x + w), std::clamp(anchor.y, y, y + h)};
  if (std::hypot(anchor.x - from.x, anchor.y - from.y) > gap * 1.5)
    f.lines.push_back({{from, anchor}, std::max(1.5, 2 * k.unit), kInk, false});
  // A polygon, not a rectangle: rectangles are drawn before polygons, under the veil.
  const std::vector<Vec2> corners{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
  f.polygons.push_back({{corners, {0, 1, 2, 0, 2, 3}}, kWhite, true});  // after the veils, in list order
  f.lines.push_back({corners, std::max(1.5, 2 * k.unit), kInk, true});
  double top = y + pad;
  for (const Line& line : lines) {
    add_text(f, line.text, x + pad, top + m.ascent(line.size), line.size, kInk);
    top += line_height(m, line.size);
  }
  return {x, y, x + w, y + h};
}

}  // namespace hgm::layout
