#include "core/legend_layout.h"

#include "core/frame_layout.h"

namespace hgm::layout {

LegendSize measure_legend(const Legend& legend, const Metrics& k, const TextMeasurer& m, double max_width) {
  const double pad = k.panel_pad;
  double w = 0;
  const auto title_lines = wrap_text(legend.title, k.legend_title, max_width - 2 * pad, m);
  for (const std::string& line : title_lines) w = std::max(w, m.text_width(line, k.legend_title));
  double h = pad + static_cast<double>(title_lines.size()) * line_height(m, k.legend_title) + k.row_gap;
  for (const LegendEntry& e : legend.entries) {
    const double text_w = m.text_width(e.label, k.legend_text) +
                          (e.count_label.empty() ? 0 : 14 * k.unit + m.text_width(e.count_label, k.legend_count));
    w = std::max(w, k.swatch_w + 12 * k.unit + text_w);
    h += std::max(k.swatch_h, line_height(m, k.legend_text)) + k.row_gap;
  }
  for (const std::string& note : legend.notes) {
    const auto lines = wrap_text(note, k.legend_count, max_width - 2 * pad, m);
    for (const std::string& line : lines) w = std::max(w, m.text_width(line, k.legend_count));
    h += static_cast<double>(lines.size()) * line_height(m, k.legend_count);
  }
  return {std::min(max_width, w + 2 * pad), h + pad};
}

void draw_legend(const Legend& legend, Color swatch_stroke, Frame& f, const PixelRect& r, const Metrics& k,
                 const TextMeasurer& m) {
  const double pad = k.panel_pad;
  f.rects.push_back({r, {kWhite, FillPattern::solid, {}}, kPanelBorder, std::max(1.0, k.unit)});
  double y = r.y + pad;
  for (const std::string& line : wrap_text(legend.title, k.legend_title, r.w - 2 * pad, m)) {
    add_text(f, line, r.x + pad, y + m.ascent(k.legend_title), k.legend_title, kInk);
    y += line_height(m, k.legend_title);
  }
  y += k.row_gap;
  for (const LegendEntry& e : legend.entries) {
    const double row_h = std::max(k.swatch_h, line_height(m, k.legend_text));
    const PixelRect swatch{r.x + pad, y + (row_h - k.swatch_h) / 2, k.swatch_w, k.swatch_h};
    f.rects.push_back({swatch, e.style, swatch_stroke, std::max(1.0, k.unit)});
    const double baseline = y + row_h / 2 + (m.ascent(k.legend_text) - m.descent(k.legend_text)) / 2;
    const double tx = swatch.x + swatch.w + 12 * k.unit;
    add_text(f, e.label, tx, baseline, k.legend_text, kInk);
    if (!e.count_label.empty())
      add_text(f, e.count_label, tx + m.text_width(e.label, k.legend_text) + 14 * k.unit, baseline, k.legend_count,
               kMutedInk);
    y += row_h + k.row_gap;
  }
  for (const std::string& note : legend.notes)
    for (const std::string& line : wrap_text(note, k.legend_count, r.w - 2 * pad, m)) {
      add_text(f, line, r.x + pad, y + m.ascent(k.legend_count), k.legend_count, kMutedInk);
      y += line_height(m, k.legend_count);
    }
}

}  // namespace hgm::layout
