#include "core/layout/map_furniture.h"
#include "core/layout/wrap_text.h"

#include <algorithm>

namespace hgm::layout {

namespace {

constexpr Color kDimmed{255, 255, 255, 165};  // a veil over the other districts

FramePolygon veil(const MapFeature& feature, const MapTransform& t) {
  FramePolygon p;
  p.fill = kDimmed;
  p.mesh.indices = feature.mesh.indices;
  p.mesh.vertices.reserve(feature.mesh.vertices.size());
  for (const Vec2 v : feature.mesh.vertices) p.mesh.vertices.push_back(t.to_pixel(v));
  return p;
}

// Veils every district but those `lit` names and outlines those heavy.
void stand_out(const Scene& scene, const std::vector<std::string>& lit, Frame& f, const Metrics& k) {
  const auto is_lit = [&](const MapFeature& feature) {
    return std::find(lit.begin(), lit.end(), feature.code) != lit.end();
  };
  for (const MapFeature& feature : scene.features)
    if (!is_lit(feature)) f.polygons.push_back(veil(feature, f.transform));
  for (const MapFeature& feature : scene.features) {
    if (!is_lit(feature)) continue;
    for (const Polygon& part : feature.shape) {
      FrameLine line{{}, std::max(2.0, 4 * k.unit), kInk, true};
      for (const Vec2 p : part.outer) line.points.push_back(f.transform.to_pixel(p));
      f.lines.push_back(std::move(line));
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

Box add_spotlight(const Scene& scene, const Spotlight& spot, Frame& f, const Metrics& k, const TextMeasurer& m) {
  const auto lit = std::find_if(scene.features.begin(), scene.features.end(),
                                [&](const MapFeature& feature) { return feature.code == spot.code; });
  if (lit == scene.features.end()) return {0, 0, 0, 0};
  stand_out(scene, {spot.code}, f, k);

  // The callout: name over figure, the figure the largest text on the screen. Long
  // figures (a fact shared by a group of districts) wrap within half the map's width.
  const double name_size = k.subtitle * 1.15, figure_size = k.title * 1.1;
  const double pad = k.panel_pad;
  const double room = std::max(f.map_viewport.w * 0.5 - 2 * pad, 40 * k.unit);
  const std::vector<std::string> names = wrap_text(spot.name, name_size, room, m);
  const std::vector<std::string> figures = wrap_text(spot.figure, figure_size, room, m);
  double text_w = 0;
  for (const std::string& line : names) text_w = std::max(text_w, m.text_width(line, name_size));
  for (const std::string& line : figures) text_w = std::max(text_w, m.text_width(line, figure_size));
  const double w = text_w + 2 * pad;
  const double h = pad + static_cast<double>(names.size()) * line_height(m, name_size) +
                   static_cast<double>(figures.size()) * line_height(m, figure_size) + pad * 0.5;
  const Bounds b = bounds_of(lit->shape);
  const Vec2 top_left = f.transform.to_pixel({b.min_x, b.max_y});
  const Vec2 bottom_right = f.transform.to_pixel({b.max_x, b.min_y});
  const PixelRect& v = f.map_viewport;
  const double gap = k.margin * 0.6;
  double x = bottom_right.x + gap;
  if (x + w > v.x + v.w) x = top_left.x - gap - w;
  x = std::clamp(x, v.x, std::max(v.x, v.x + v.w - w));
  const double y = std::clamp((top_left.y + bottom_right.y - h) / 2, v.y, std::max(v.y, v.y + v.h - h));
  // A polygon, not a rectangle: rectangles are drawn before polygons, under the veil.
  const std::vector<Vec2> corners{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
  f.polygons.push_back({{corners, {0, 1, 2, 0, 2, 3}}, kWhite, true});  // after the veils, in list order
  f.lines.push_back({corners, std::max(1.5, 2 * k.unit), kInk, true});
  double top = y + pad;
  for (const std::string& line : names) {
    add_text(f, line, x + pad, top + m.ascent(name_size), name_size, kInk);
    top += line_height(m, name_size);
  }
  for (const std::string& line : figures) {
    add_text(f, line, x + pad, top + m.ascent(figure_size), figure_size, kInk);
    top += line_height(m, figure_size);
  }
  return {x, y, x + w, y + h};
}

}  // namespace hgm::layout
