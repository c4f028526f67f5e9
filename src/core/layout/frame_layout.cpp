#include "core/layout/frame_layout.h"

#include <algorithm>
#include <cmath>

#include "core/layout/label_placement.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/legend_layout.h"
#include "core/layout/map_furniture.h"
#include "core/layout/pinned_outlines.h"
#include "core/layout/wrap_text.h"

namespace hgm {

using namespace layout;

namespace {

struct Regions {
  std::vector<std::string> title_lines;
  PixelRect map, legend, locator;
  bool has_legend = false, has_locator = false;
  double header_h = 0, footer_h = 0;
  std::vector<std::string> attribution_lines;
  LayoutReserve needed;  // what this scene needed before the reserve was applied
};

Regions plan_regions(const Scene& scene, int width, int height, const Metrics& k, const TextMeasurer& m,
                     const LayoutOptions& o, const LayoutReserve& reserve) {
  Regions r;
  const double w = width, h = height;
  if (o.show_title) {
    r.title_lines = wrap_text(scene.title, k.title, w - 2 * k.margin, m);
    r.header_h = k.margin + static_cast<double>(r.title_lines.size()) * line_height(m, k.title) +
                 (scene.subtitle.empty() ? 0 : line_height(m, k.subtitle));
  } else {
    r.header_h = k.margin * 0.5;
  }
  r.needed.header_h = r.header_h + k.margin * 0.4;
  r.header_h = std::max(r.header_h, reserve.header_h - k.margin * 0.4);
  if (o.show_credits) {
    r.attribution_lines = wrap_text(scene.attribution, k.credits, w - 2 * k.margin, m);
    r.footer_h = k.margin * 0.6 + static_cast<double>(1 + r.attribution_lines.size()) * line_height(m, k.credits);
  } else {
    r.footer_h = k.margin * 0.5;
  }
  const double top = r.header_h + k.margin * 0.4;
  const double bottom = h - r.footer_h;
  r.map = {k.margin, top, w - 2 * k.margin, bottom - top};
  const bool locator = o.show_locator && !scene.locator.empty();
  const double loc_aspect = locator ? scene.locator.bounds.height() / scene.locator.bounds.width() : 1;
  if (h > w) {  // portrait: legend under the map, locator in the map's top-left corner
    if (o.show_legend) {
      const LegendSize lb = measure_legend(scene.legend, k, m, w - 2 * k.margin, o.show_histogram);
      r.legend = {k.margin, bottom - lb.height - k.margin * 0.3, lb.width, lb.height};
      r.has_legend = true;
      r.needed.legend_h = lb.height + k.margin * 0.3;
      r.map.h = bottom - std::max(r.needed.legend_h, reserve.legend_h) - k.margin * 0.5 - top;
    }
    if (locator) {
      const double lw = r.map.w * 0.24;
      r.locator = {r.map.x, r.map.y, lw, lw * loc_aspect + 2 * k.legend_count};
      r.has_locator = true;
    }
  } else {  // landscape: a column on the right with the legend, then the locator
    double column_w = 0, y = top;
    if (o.show_legend) {
      const LegendSize lb = measure_legend(scene.legend, k, m, std::max(w * 0.34, 200.0), o.show_histogram);
      column_w = lb.width;
      r.legend = {w - k.margin - lb.width, top, lb.width, lb.height};
      r.has_legend = true;
      y += lb.height + k.margin * 0.5;
    }
    if (locator) {
      // As wide as the reserved column, so a series' locator keeps its size too.
      const double lw = std::max(std::max(column_w, reserve.legend_w), 240 * k.unit);
      column_w = std::max(column_w, lw);
      const double lh = std::min(lw * loc_aspect + 2 * k.legend_count, bottom - y);
      if (lh > 120 * k.unit) {
        r.locator = {w - k.margin - lw, y, lw, lh};
        r.has_locator = true;
      }
    }
    r.needed.legend_w = column_w;
    column_w = std::max(column_w, reserve.legend_w);
    if (column_w > 0) r.map.w = w - column_w - 3 * k.margin;
  }
  r.map.w = std::max(r.map.w, 1.0);
  r.map.h = std::max(r.map.h, 1.0);
  return r;
}

Frame lay_out(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
              const LayoutOptions& o, const SeriesPlace& series, const Metrics& k);

}  // namespace

LayoutReserve reserve_for(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o) {
  return plan_regions(scene, width, height, Metrics(width, height, o.text_size), m, o, {}).needed;
}

LayoutReserve largest(const LayoutReserve& a, const LayoutReserve& b) {
  return {std::max(a.header_h, b.header_h), std::max(a.legend_w, b.legend_w), std::max(a.legend_h, b.legend_h)};
}

PixelRect map_viewport(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o,
                       const LayoutReserve& reserve) {
  return plan_regions(scene, width, height, Metrics(width, height, o.text_size), m, o, reserve).map;
}

Frame layout_frame(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                   const LayoutOptions& o, const SeriesPlace& series) {
  return lay_out(scene, width, height, view, m, o, series, Metrics(width, height, o.text_size));
}

Frame layout_frame_sized(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                         const LayoutOptions& o, const Metrics& k) {
  return lay_out(scene, width, height, view, m, o, {}, k);
}

namespace {

Frame lay_out(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
              const LayoutOptions& o, const SeriesPlace& series, const Metrics& k) {
  const Regions r = plan_regions(scene, width, height, k, m, o, series.reserve);
  Frame f;
  f.width = width;
  f.height = height;
  f.scene = &scene;
  f.background = scene.background;
  f.map_viewport = r.map;
  f.transform = view.transform(scene.bounds, r.map);
  f.outline = scene.outline;
  f.outline_width_px = scene.outline_width_px * k.unit;
  f.pattern_spacing_px = 9 * k.unit;
  f.pattern_line_px = std::max(1.0, 2.2 * k.unit);

  // Furniture first: labels must keep clear of it.
  std::vector<Box> keep_out;
  if (r.has_legend) {
    draw_legend(scene.legend, scene.outline, f, r.legend, k, m, o.show_histogram);
    keep_out.push_back(Box::of(r.legend));
  }
  if (r.has_locator) keep_out.push_back(add_locator(scene, f, r.locator, k, m));
  if (o.show_scale_bar) keep_out.push_back(add_scale_bar(scene, f, k, m));
  if (o.show_north_arrow) keep_out.push_back(add_north_arrow(scene, f, k, m));
  add_pinned_outlines(scene, f, k);
  if (!series.counter.empty()) keep_out.push_back(add_counter(series.counter, f, k, m));
  if (series.spotlight) keep_out.push_back(add_spotlight(scene, *series.spotlight, f, k, m));
  if (o.show_labels) place_labels(scene, f, k, m, keep_out);
  if (o.show_title) {
    double y = k.margin + m.ascent(k.title);
    for (std::size_t i = 0; i < r.title_lines.size(); ++i) {
      if (i > 0) y += line_height(m, k.title);
      add_text(f, r.title_lines[i], k.margin, y, k.title, kInk);
    }
    y += m.descent(k.title) + k.unit * 8 + m.ascent(k.subtitle);
    add_text(f, scene.subtitle, k.margin, y, k.subtitle, kMutedInk);
  }
  if (o.show_credits) {
    double y = height - r.footer_h + k.margin * 0.3 + m.ascent(k.credits);
    add_text(f, scene.source_line, k.margin, y, k.credits, kInk);
    for (const std::string& line : r.attribution_lines) {
      y += line_height(m, k.credits);
      add_text(f, line, k.margin, y, k.credits, kMutedInk);
    }
  }
  return f;
}

}  // namespace

}  // namespace hgm
