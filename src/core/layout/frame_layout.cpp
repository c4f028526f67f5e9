#include "core/layout/frame_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/layout/label_placement.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/legibility.h"
#include "core/layout/legend_layout.h"
#include "core/layout/map_furniture.h"
#include "core/layout/pinned_outlines.h"
#include "core/layout/wrap_text.h"

namespace hgm {

using namespace layout;

namespace {

// What a frame shows once the furniture that gave way (legibility.h) is left out.
struct Shown {
  LayoutOptions options;
  bool subtitle = true;
};

Shown without(const LayoutOptions& o, std::size_t steps, std::vector<GiveWay>* dropped = nullptr) {
  Shown s{o, true};
  for (std::size_t i = 0; i < steps && i < kGiveWayOrder.size(); ++i) {
    bool* shown = nullptr;
    switch (kGiveWayOrder[i]) {
      case GiveWay::locator: shown = &s.options.show_locator; break;
      case GiveWay::histogram: shown = &s.options.show_histogram; break;
      case GiveWay::north_arrow: shown = &s.options.show_north_arrow; break;
      case GiveWay::scale_bar: shown = &s.options.show_scale_bar; break;
      case GiveWay::subtitle: shown = &s.subtitle; break;
    }
    if (dropped && *shown) dropped->push_back(kGiveWayOrder[i]);
    *shown = false;
  }
  return s;
}

struct Regions {
  std::vector<std::string> title_lines;
  PixelRect map, legend, locator;
  bool has_legend = false, has_locator = false;
  bool legend_fits = true;  // the legend is no taller than the room it is given
  double header_h = 0, footer_h = 0;
  std::vector<std::string> source_lines, attribution_lines;
  LayoutReserve needed;  // what this scene needed before the reserve was applied
};

Regions plan_regions(const Scene& scene, int width, int height, const Metrics& k, const TextMeasurer& m,
                     const Shown& shown, const LayoutReserve& reserve) {
  const LayoutOptions& o = shown.options;
  Regions r;
  const double w = width, h = height;
  if (o.show_title) {
    r.title_lines = wrap_text(scene.title, k.title, w - 2 * k.margin, m);
    r.header_h = k.margin + static_cast<double>(r.title_lines.size()) * line_height(m, k.title) +
                 (scene.subtitle.empty() || !shown.subtitle ? 0 : line_height(m, k.subtitle));
  } else {
    r.header_h = k.margin * 0.5;
  }
  r.needed.header_h = r.header_h + k.margin * 0.4;
  r.header_h = std::max(r.header_h, reserve.header_h - k.margin * 0.4);
  // The boundaries' attribution is part of every map (their licence asks for it); hiding
  // the credits hides only the data source line.
  // Both wrap: a map beside a chart in the window is as narrow as 400 px.
  if (o.show_credits) r.source_lines = wrap_text(scene.source_line, k.credits, w - 2 * k.margin, m);
  r.attribution_lines = wrap_text(scene.attribution, k.credits, w - 2 * k.margin, m);
  const std::size_t footer_lines = r.source_lines.size() + r.attribution_lines.size();
  r.footer_h = footer_lines == 0 ? k.margin * 0.5
                                 : k.margin * 0.6 + static_cast<double>(footer_lines) * line_height(m, k.credits);
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
      r.legend_fits = top + lb.height <= bottom;
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

// A frame drawn from its regions, with what the fit is judged by.
struct Drawn {
  Frame frame;
  std::size_t labels = 0;    // district names placed
  bool inset_named = true;   // every island name of the inset found a place in the sea
};

Drawn draw(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m, const Shown& shown,
           const SeriesPlace& series, const Metrics& k, const Regions& r, LabelRoom labels = LabelRoom::ample) {
  const LayoutOptions& o = shown.options;
  Drawn d;
  Frame& f = d.frame;
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
  if (r.has_locator) {
    const LocatorDrawn inset = add_locator(scene, f, r.locator, k, m);
    keep_out.push_back(inset.box);
    d.inset_named = inset.all_named;
  }
  if (o.show_scale_bar) keep_out.push_back(add_scale_bar(scene, f, k, m));
  if (o.show_north_arrow) keep_out.push_back(add_north_arrow(scene, f, k, m));
  // A presenter's spotlight outranks the spec's highlights: one veil, not two.
  if (!series.spotlight) add_highlights(scene, f, k);
  add_pinned_outlines(scene, f, k);
  if (!series.counter.empty()) keep_out.push_back(add_counter(series.counter, f, k, m));
  if (series.spotlight) keep_out.push_back(add_spotlight(scene, *series.spotlight, f, k, m, keep_out));
  if (o.show_labels) {
    const std::size_t before = f.texts.size();
    place_labels(scene, f, k, m, keep_out, labels);
    d.labels = f.texts.size() - before;
  }
  if (o.show_title) {
    double y = k.margin + m.ascent(k.title);
    for (std::size_t i = 0; i < r.title_lines.size(); ++i) {
      if (i > 0) y += line_height(m, k.title);
      add_text(f, r.title_lines[i], k.margin, y, k.title, kInk);
    }
    y += m.descent(k.title) + k.unit * 8 + m.ascent(k.subtitle);
    if (shown.subtitle) add_text(f, scene.subtitle, k.margin, y, k.subtitle, kMutedInk);
  }
  double y = height - r.footer_h + k.margin * 0.3 + m.ascent(k.credits) - line_height(m, k.credits);
  for (const std::string& line : r.source_lines) add_text(f, line, k.margin, y += line_height(m, k.credits), k.credits, kInk);
  for (const std::string& line : r.attribution_lines)
    add_text(f, line, k.margin, y += line_height(m, k.credits), k.credits, kMutedInk);
  return d;
}

// The map and legend legible: the map at least kMinMapSideInText text heights on each
// side, the legend within its room, every text within the frame.
bool map_and_legend_fit(const Drawn& d, const Regions& r, const Metrics& k, const TextMeasurer& m) {
  const double least = kMinMapSideInText * k.min_text;
  if (r.map.w < least || r.map.h < least || !r.legend_fits) return false;
  return std::all_of(d.frame.texts.begin(), d.frame.texts.end(), [&](const FrameText& t) {
    return t.x >= -0.5 && t.x + m.text_width(t.utf8, t.size_px) <= d.frame.width + 0.5 &&
           t.y - m.ascent(t.size_px) >= -0.5 && t.y + m.descent(t.size_px) <= d.frame.height + 0.5;
  });
}

std::size_t labelled_districts(const Scene& scene) {
  return static_cast<std::size_t>(std::count_if(scene.features.begin(), scene.features.end(),
                                                [](const MapFeature& f) { return !f.label.empty(); }));
}

struct Fit {
  Shown shown;
  Metrics k;
  Regions regions;
  LegibleFit legible;
  Frame whole_map;  // drawn with the map whole (MapView{})
};

// Leaves furniture out in kGiveWayOrder until the map (whole, not panned: what gives way
// must not change as the user pans) has all its district names and its inset all its
// island names, with the map and legend legible. When no step gets there, the step with
// the map and legend legible that names the most districts with the fewest left out; when
// none has them legible, the last step.
Fit fit(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o,
        const LayoutReserve& reserve, double min_text_px, const SeriesPlace& series) {
  const Metrics k(width, height, o.text_size, min_text_px);
  const std::size_t wanted = o.show_labels && !labels_thinned(scene) ? labelled_districts(scene) : 0;
  std::optional<Fit> best;
  std::size_t best_labels = 0;
  bool best_core = false;
  Shown previous{};
  for (std::size_t steps = 0; steps <= kGiveWayOrder.size(); ++steps) {
    std::vector<GiveWay> dropped;
    const Shown shown = without(o, steps, &dropped);
    if (steps > 0 && shown.options == previous.options && shown.subtitle == previous.subtitle) continue;
    previous = shown;
    const Regions r = plan_regions(scene, width, height, k, m, shown, reserve);
    Drawn d = draw(scene, width, height, MapView{}, m, shown, series, k, r);
    const bool core = map_and_legend_fit(d, r, k, m);
    const bool whole = core && d.labels >= wanted && d.inset_named;
    if (whole) return {shown, k, r, {dropped, true}, std::move(d.frame)};
    if (!d.inset_named) continue;  // an inset is never drawn with a name missing
    // Not legible at all: everything that can give way has (a window still shows it).
    if (!best || (core && !best_core) || (core == best_core && (d.labels > best_labels || !core))) {
      best = Fit{shown, k, r, {dropped, core}, std::move(d.frame)};
      best_labels = d.labels;
      best_core = core;
    }
  }
  return std::move(*best);
}

}  // namespace

LayoutReserve reserve_for(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o,
                          double min_text_px) {
  const Fit f = fit(scene, width, height, m, o, {}, min_text_px, {});
  return f.regions.needed;
}

LayoutReserve largest(const LayoutReserve& a, const LayoutReserve& b) {
  return {std::max(a.header_h, b.header_h), std::max(a.legend_w, b.legend_w), std::max(a.legend_h, b.legend_h)};
}

PixelRect map_viewport(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o,
                       const LayoutReserve& reserve, double min_text_px) {
  return fit(scene, width, height, m, o, reserve, min_text_px, {}).regions.map;
}

LaidOutMap layout_map(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                      const LayoutOptions& o, const SeriesPlace& series, double min_text_px) {
  // What gives way is judged without the spotlight: spotlighting a district must not take
  // the locator or the legend away (the names its callout covers are veiled anyway).
  SeriesPlace judged = series;
  judged.spotlight.reset();
  Fit f = fit(scene, width, height, m, o, series.reserve, min_text_px, judged);
  if (view == MapView{} && !series.spotlight) return {std::move(f.whole_map), f.legible};
  return {draw(scene, width, height, view, m, f.shown, series, f.k, f.regions).frame, f.legible};
}

Frame layout_frame(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                   const LayoutOptions& o, const SeriesPlace& series, double min_text_px) {
  return layout_map(scene, width, height, view, m, o, series, min_text_px).frame;
}

Frame layout_frame_sized(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                         const LayoutOptions& o, const Metrics& k, LabelRoom labels) {
  // Nothing gives way here: the small multiples judge and refuse their panels themselves.
  const Shown shown{o, true};
  const Regions r = plan_regions(scene, width, height, k, m, shown, {});
  return draw(scene, width, height, view, m, shown, {}, k, r, labels).frame;
}

}  // namespace hgm
