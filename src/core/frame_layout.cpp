#include "core/frame_layout.h"

#include <algorithm>
#include <cmath>

namespace hgm {

namespace {

constexpr Color kInk{33, 33, 33, 255};
constexpr Color kMutedInk{90, 90, 90, 255};
constexpr Color kWhite{255, 255, 255, 255};

// Every size below is in pixels of a 1080-pixel-high landscape frame, scaled by `unit`.
struct Metrics {
  double unit, margin, title, subtitle, legend_title, legend_text, legend_count, swatch_w, swatch_h,
      row_gap, label, halo, credits;
  explicit Metrics(int width, int height) {
    unit = std::min(width / 1920.0, height / 1080.0) * 1.0;
    if (height > width) unit = width / 1080.0;  // portrait: A4-like pages
    unit = std::max(unit, 0.35);
    margin = 28 * unit;
    title = 40 * unit;
    subtitle = 24 * unit;
    legend_title = 21 * unit;
    legend_text = 20 * unit;
    legend_count = 17 * unit;
    swatch_w = 40 * unit;
    swatch_h = 26 * unit;
    row_gap = 10 * unit;
    label = 20 * unit;
    halo = 3 * unit;
    credits = 15 * unit;
  }
};

double line_height(const TextMeasurer& m, double size) { return (m.ascent(size) + m.descent(size)) * 1.25; }

struct Header {
  double height = 0;
};

struct LegendBox {
  double width = 0, height = 0;
};

LegendBox measure_legend(const Scene& scene, const Metrics& k, const TextMeasurer& m, double max_width) {
  LegendBox box;
  const double pad = 16 * k.unit;
  double w = 0;
  const auto title_lines = wrap_text(scene.legend.title, k.legend_title, max_width - 2 * pad, m);
  for (const std::string& line : title_lines) w = std::max(w, m.text_width(line, k.legend_title));
  double h = pad + static_cast<double>(title_lines.size()) * line_height(m, k.legend_title) + k.row_gap;
  for (const LegendEntry& e : scene.legend.entries) {
    const double text_w = m.text_width(e.label, k.legend_text) +
                          (e.count_label.empty() ? 0 : 14 * k.unit + m.text_width(e.count_label, k.legend_count));
    w = std::max(w, k.swatch_w + 12 * k.unit + text_w);
    h += std::max(k.swatch_h, line_height(m, k.legend_text)) + k.row_gap;
  }
  for (const std::string& note : scene.legend.notes) {
    const auto lines = wrap_text(note, k.legend_count, max_width - 2 * pad, m);
    for (const std::string& line : lines) w = std::max(w, m.text_width(line, k.legend_count));
    h += static_cast<double>(lines.size()) * line_height(m, k.legend_count);
  }
  box.width = std::min(max_width, w + 2 * pad);
  box.height = h + pad;
  return box;
}

struct Regions {
  PixelRect map, legend;
  double header_h = 0, footer_h = 0;
  std::vector<std::string> attribution_lines;
};

Regions plan_regions(const Scene& scene, int width, int height, const Metrics& k, const TextMeasurer& m,
                     const LayoutOptions& o) {
  Regions r;
  const double w = width, h = height;
  if (o.show_title)
    r.header_h = k.margin + line_height(m, k.title) + (scene.subtitle.empty() ? 0 : line_height(m, k.subtitle));
  else
    r.header_h = k.margin * 0.5;
  if (o.show_credits) {
    r.attribution_lines = wrap_text(scene.attribution, k.credits, w - 2 * k.margin, m);
    r.footer_h = k.margin * 0.6 + static_cast<double>(1 + r.attribution_lines.size()) * line_height(m, k.credits);
  } else {
    r.footer_h = k.margin * 0.5;
  }
  const bool portrait = h > w;
  const double body_top = r.header_h + k.margin * 0.4;
  const double body_bottom = h - r.footer_h;
  if (!o.show_legend) {
    r.map = {k.margin, body_top, w - 2 * k.margin, body_bottom - body_top};
    return r;
  }
  if (portrait) {
    const LegendBox lb = measure_legend(scene, k, m, w - 2 * k.margin);
    r.legend = {k.margin, body_bottom - lb.height - k.margin * 0.3, lb.width, lb.height};
    r.map = {k.margin, body_top, w - 2 * k.margin, r.legend.y - k.margin * 0.5 - body_top};
  } else {
    const LegendBox lb = measure_legend(scene, k, m, std::max(w * 0.34, 200.0));
    r.legend = {w - k.margin - lb.width, body_top, lb.width, lb.height};
    r.map = {k.margin, body_top, r.legend.x - k.margin * 1.5, body_bottom - body_top};
  }
  r.map.w = std::max(r.map.w, 1.0);
  r.map.h = std::max(r.map.h, 1.0);
  return r;
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& b) const { return x0 < b.x1 && b.x0 < x1 && y0 < b.y1 && b.y0 < y1; }
};

void add_text(Frame& f, const std::string& text, double x, double y, double size, Color color,
              Color halo = {255, 255, 255, 0}, double halo_px = 0) {
  if (text.empty()) return;
  f.texts.push_back({text, x, y, size, color, halo, halo_px});
}

void place_labels(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m,
                  const std::vector<Box>& keep_out) {
  std::vector<Box> placed = keep_out;
  const double asc = m.ascent(k.label), desc = m.descent(k.label);
  // Larger districts first: they have the most room and matter most at a glance.
  std::vector<const MapFeature*> order;
  for (const MapFeature& feat : scene.features) order.push_back(&feat);
  std::stable_sort(order.begin(), order.end(),
                   [](const MapFeature* a, const MapFeature* b) { return a->inscribed_radius > b->inscribed_radius; });
  for (const MapFeature* feat : order) {
    const Vec2 p = f.transform.to_pixel(feat->label_anchor);
    const double tw = m.text_width(feat->label, k.label);
    const double step = (asc + desc) * 1.1;
    for (double dy : {0.0, step, -step, 2 * step, -2 * step}) {
      const double x = p.x - tw / 2;
      const double baseline = p.y + (asc - desc) / 2 + dy;
      const Box box{x - k.halo, baseline - asc - k.halo, x + tw + k.halo, baseline + desc + k.halo};
      const PixelRect& v = f.map_viewport;
      if (box.x0 < v.x || box.y0 < v.y || box.x1 > v.x + v.w || box.y1 > v.y + v.h) continue;
      if (std::any_of(placed.begin(), placed.end(), [&](const Box& b) { return b.overlaps(box); })) continue;
      placed.push_back(box);
      add_text(f, feat->label, x, baseline, k.label, kInk, kWhite, k.halo);
      break;
    }
  }
}

void add_legend(const Scene& scene, Frame& f, const PixelRect& r, const Metrics& k, const TextMeasurer& m) {
  const double pad = 16 * k.unit;
  f.rects.push_back({r, {kWhite, FillPattern::solid, {}}, Color{200, 200, 200, 255}, std::max(1.0, k.unit)});
  double y = r.y + pad;
  for (const std::string& line : wrap_text(scene.legend.title, k.legend_title, r.w - 2 * pad, m)) {
    add_text(f, line, r.x + pad, y + m.ascent(k.legend_title), k.legend_title, kInk);
    y += line_height(m, k.legend_title);
  }
  y += k.row_gap;
  for (const LegendEntry& e : scene.legend.entries) {
    const double row_h = std::max(k.swatch_h, line_height(m, k.legend_text));
    const PixelRect swatch{r.x + pad, y + (row_h - k.swatch_h) / 2, k.swatch_w, k.swatch_h};
    f.rects.push_back({swatch, e.style, scene.outline, std::max(1.0, k.unit)});
    const double baseline = y + row_h / 2 + (m.ascent(k.legend_text) - m.descent(k.legend_text)) / 2;
    const double tx = swatch.x + swatch.w + 12 * k.unit;
    add_text(f, e.label, tx, baseline, k.legend_text, kInk);
    if (!e.count_label.empty())
      add_text(f, e.count_label, tx + m.text_width(e.label, k.legend_text) + 14 * k.unit, baseline,
               k.legend_count, kMutedInk);
    y += row_h + k.row_gap;
  }
  for (const std::string& note : scene.legend.notes)
    for (const std::string& line : wrap_text(note, k.legend_count, r.w - 2 * pad, m)) {
      add_text(f, line, r.x + pad, y + m.ascent(k.legend_count), k.legend_count, kMutedInk);
      y += line_height(m, k.legend_count);
    }
}

}  // namespace

std::vector<std::string> wrap_text(const std::string& text, double size, double max_width, const TextMeasurer& m) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && m.text_width(candidate, size) > max_width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    pos = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

PixelRect map_viewport(const Scene& scene, int width, int height, const TextMeasurer& m, const LayoutOptions& o) {
  const Metrics k(width, height);
  return plan_regions(scene, width, height, k, m, o).map;
}

Frame layout_frame(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& m,
                   const LayoutOptions& o) {
  const Metrics k(width, height);
  const Regions r = plan_regions(scene, width, height, k, m, o);
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

  std::vector<Box> keep_out;
  if (o.show_legend) {
    add_legend(scene, f, r.legend, k, m);
    keep_out.push_back({r.legend.x, r.legend.y, r.legend.x + r.legend.w, r.legend.y + r.legend.h});
  }
  if (o.show_labels) place_labels(scene, f, k, m, keep_out);
  if (o.show_title) {
    double y = k.margin + m.ascent(k.title);
    add_text(f, scene.title, k.margin, y, k.title, kInk);
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

}  // namespace hgm
