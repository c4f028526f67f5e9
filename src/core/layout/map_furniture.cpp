#include "core/layout/map_furniture.h"

#include <algorithm>
#include <cmath>

#include "core/layout/inset_labels.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm::layout {

namespace {
constexpr Color kLocatorLand{214, 214, 214, 255};
constexpr Color kLocatorAccent{215, 48, 31, 255};
constexpr Color kLocatorCoast{150, 150, 150, 255};
}  // namespace

double nice_number(double target) {
  if (!(target > 0)) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
  const double r = target / magnitude;
  const double step = r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10;
  return step * magnitude;
}

std::string format_km_label(double km, Lang lang) { return format_number(km, km < 1 ? 1 : 0, lang) + " km"; }

Box add_scale_bar(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m) {
  const PixelRect& v = f.map_viewport;
  const double px_per_km = f.transform.scale * 1000.0;  // map units are metres
  if (!(px_per_km > 0)) return {0, 0, 0, 0};
  const double km = nice_number(v.w * 0.18 / px_per_km);
  const double len = km * px_per_km;
  const double size = k.scale_text;
  const double x0 = v.x + k.margin * 0.5;
  const double y = v.y + v.h - k.margin * 0.7;
  const double tick = 7 * k.unit;
  const double width = std::max(1.5, 2 * k.unit);
  f.lines.push_back({{{x0, y}, {x0 + len, y}}, width, kInk, false});
  for (double t : {0.0, 0.5, 1.0}) {
    const double x = x0 + len * t;
    f.lines.push_back({{{x, y}, {x, y - (t == 0.5 ? tick * 0.6 : tick)}}, width, kInk, false});
  }
  const double text_y = y - tick - 5 * k.unit;
  const std::string end = format_km_label(km, scene.lang);
  const double end_w = m.text_width(end, size);
  add_text(f, "0", x0 - m.text_width("0", size) / 2, text_y, size, kInk, kWhite, k.halo * 0.7);
  add_text(f, end, x0 + len - end_w / 2, text_y, size, kInk, kWhite, k.halo * 0.7);
  return {x0 - m.text_width("0", size), text_y - m.ascent(size) - k.halo, x0 + len + end_w / 2 + k.halo, y + width};
}

Box add_north_arrow(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m) {
  const PixelRect& v = f.map_viewport;
  const double h = 44 * k.unit, w = 22 * k.unit;
  const double cx = v.x + v.w - k.margin * 0.5 - w / 2;
  const double letter = k.north_letter;
  const double top = v.y + k.margin * 0.3 + m.ascent(letter) + 6 * k.unit;
  const Vec2 tip{cx, top}, left{cx - w / 2, top + h}, right{cx + w / 2, top + h}, notch{cx, top + h * 0.72};
  // Two halves, dark and light, the classic way to show which way is up.
  FramePolygon dark{{{tip, left, notch}, {0, 1, 2}}, kInk};
  FramePolygon light{{{tip, notch, right}, {0, 1, 2}}, kWhite};
  f.polygons.push_back(std::move(dark));
  f.polygons.push_back(std::move(light));
  f.lines.push_back({{tip, left, notch, right}, std::max(1.0, 1.2 * k.unit), kInk, true});
  const std::string north = tr(scene.lang, Msg::north_letter);
  const double lw = m.text_width(north, letter);
  add_text(f, north, cx - lw / 2, top - 6 * k.unit, letter, kInk, kWhite, k.halo * 0.7);
  return {cx - w / 2 - k.halo, top - 6 * k.unit - m.ascent(letter) - k.halo, cx + w / 2 + k.halo, top + h + k.halo};
}

Box add_counter(const std::string& text, Frame& f, const Metrics& k, const TextMeasurer& m) {
  const PixelRect& v = f.map_viewport;
  const double size = k.scale_text;
  const double w = m.text_width(text, size);
  const double x = v.x + v.w - k.margin * 0.5 - w;
  const double baseline = v.y + v.h - k.margin * 0.7;
  add_text(f, text, x, baseline, size, kMutedInk, kWhite, k.halo * 0.7);
  return {x - k.halo, baseline - m.ascent(size) - k.halo, x + w + k.halo, baseline + m.descent(size) + k.halo};
}

void add_frame_counter(const std::string& text, Frame& f, const Metrics& k, const TextMeasurer& m) {
  const double size = k.scale_text;
  const double w = m.text_width(text, size);
  const double x = f.width - k.margin * 0.5 - w;
  const auto free_at = [&](double baseline) {
    const double top = baseline - m.ascent(size), bottom = baseline + m.descent(size);
    return std::none_of(f.texts.begin(), f.texts.end(), [&](const FrameText& t) {
      const double tw = m.text_width(t.utf8, t.size_px);
      return t.x < x + w && x < t.x + tw && t.y - m.ascent(t.size_px) < bottom && top < t.y + m.descent(t.size_px);
    });
  };
  const double low = f.height - k.margin * 0.4 - m.descent(size), high = k.margin * 0.4 + m.ascent(size);
  add_text(f, text, x, free_at(low) || !free_at(high) ? low : high, size, kMutedInk, kWhite, k.halo * 0.7);
}

LocatorDrawn add_locator(const Scene& scene, Frame& f, const PixelRect& r, const Metrics& k, const TextMeasurer& m) {
  const LocatorMap& loc = scene.locator;
  if (loc.empty() || loc.bounds.empty()) return {{0, 0, 0, 0}, true};
  f.rects.push_back({r, {kWhite, FillPattern::solid, {}}, kPanelBorder, std::max(1.0, k.unit)});
  const double pad = k.panel_pad * 0.75;
  const double cap = k.legend_count;
  add_text(f, loc.caption, r.x + pad, r.y + pad + m.ascent(cap), cap, kMutedInk);
  const PixelRect area{r.x + pad, r.y + pad + line_height(m, cap), r.w - 2 * pad, r.h - 2 * pad - line_height(m, cap)};
  const InsetTransform t = inset_transform(loc, area);
  for (const LocatorShape& shape : loc.shapes) {
    FramePolygon poly;
    poly.fill = shape.code == loc.highlight_code ? kLocatorAccent : kLocatorLand;
    poly.antialias = false;  // every part is outlined below
    poly.mesh.indices = shape.mesh.indices;
    poly.mesh.vertices.reserve(shape.mesh.vertices.size());
    for (Vec2 p : shape.mesh.vertices) poly.mesh.vertices.push_back(t.to_px(p));
    f.polygons.push_back(std::move(poly));
  }
  // Every part gets an outline, so islands a fraction of a pixel wide still show;
  // the highlighted province's is dark so it reads at a glance.
  for (const bool highlighted : {false, true})
    for (const LocatorShape& shape : loc.shapes) {
      if ((shape.code == loc.highlight_code) != highlighted) continue;
      for (const Polygon& part : shape.shape) {
        FrameLine line{{}, highlighted ? std::max(1.0, k.unit) : std::max(0.8, 0.9 * k.unit),
                       highlighted ? kInk : kLocatorCoast, true};
        for (Vec2 p : part.outer) line.points.push_back(t.to_px(p));
        f.lines.push_back(std::move(line));
      }
    }
  const double size = k.locator_label;
  const std::vector<std::optional<InsetLabel>> places = place_inset_labels(loc, scene.lang, t, area, size, k, m);
  bool all_named = true;
  for (std::size_t i = 0; i < places.size(); ++i) {
    if (!places[i]) {
      all_named = false;
      continue;
    }
    double baseline = places[i]->baseline;
    for (const std::string& line : places[i]->lines) {
      add_text(f, line, places[i]->x, baseline, size, kMutedInk);
      baseline += places[i]->line_h;
    }
  }
  return {Box::of(r), all_named};
}

}  // namespace hgm::layout
