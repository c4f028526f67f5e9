#include "core/layout/legend_layout.h"

#include <algorithm>
#include <cmath>

#include "core/layout/frame.h"
#include "core/layout/wrap_text.h"

namespace hgm::layout {

namespace {

// A legend entry's label wrapped to the room beside its swatch; the count follows the last line.
struct EntryLines {
  std::vector<std::string> lines;
  double width = 0, height = 0;
};

EntryLines entry_lines(const LegendEntry& e, const Metrics& k, const TextMeasurer& m, double room) {
  EntryLines out;
  const double indent = k.swatch_w + 12 * k.unit;
  const double count_w = e.count_label.empty() ? 0 : 14 * k.unit + m.text_width(e.count_label, k.legend_count);
  // A hair of slack: the box is measured as wide as its widest entry, and the room left
  // for that entry's label, computed back from the box, can come out a rounding error
  // short of the label and wrap it ("below / 51%").
  out.lines = wrap_text(e.label, k.legend_text, std::max(room - indent - count_w + 1e-6, 40 * k.unit), m);
  if (out.lines.empty()) out.lines.push_back("");
  for (std::size_t i = 0; i < out.lines.size(); ++i)
    out.width = std::max(out.width, indent + m.text_width(out.lines[i], k.legend_text) +
                                        (i + 1 == out.lines.size() ? count_w : 0));
  out.height = std::max(k.swatch_h, line_height(m, k.legend_text)) +
               static_cast<double>(out.lines.size() - 1) * line_height(m, k.legend_text);
  return out;
}

double histogram_height(const Metrics& k, const TextMeasurer& m) {
  return k.row_gap + 56 * k.unit + line_height(m, k.legend_count) * 2;
}

void draw_histogram(const LegendHistogram& h, Frame& f, double x, double y, double w, const Metrics& k,
                    const TextMeasurer& m) {
  if (h.values.empty()) return;
  const double size = k.legend_count;
  double lo = h.values.front().value, hi = lo;
  for (const auto& v : h.values) lo = std::min(lo, v.value), hi = std::max(hi, v.value);
  if (h.reference) lo = std::min(lo, *h.reference), hi = std::max(hi, *h.reference);
  const double pad = (hi - lo) * 0.04 + 1e-9;
  lo -= pad;
  hi += pad;
  const double top = y + line_height(m, size);  // room for the reference label
  const double axis = top + 50 * k.unit;
  auto px = [&](double v) { return x + (v - lo) / (hi - lo) * w; };
  const double bar_w = std::max(3.0, 7 * k.unit), bar_h = 14 * k.unit;
  // Equal values stack, so ties are seen, not hidden.
  std::vector<std::pair<double, int>> stacks;
  for (const auto& v : h.values) {
    int level = 0;
    for (auto& s : stacks)
      if (std::fabs(s.first - v.value) * w / (hi - lo) < bar_w) level = ++s.second;
    if (level == 0) stacks.emplace_back(v.value, 0);
    const PixelRect bar{px(v.value) - bar_w / 2, axis - bar_h * (level + 1), bar_w, bar_h - std::max(1.0, k.unit)};
    f.rects.push_back({bar, {v.color, FillPattern::solid, {}}, kMutedInk, std::max(0.8, 0.8 * k.unit)});
  }
  for (double b : h.breaks)
    f.lines.push_back({{{px(b), top + 4 * k.unit}, {px(b), axis}}, std::max(1.0, k.unit), kPanelBorder, false});
  f.lines.push_back({{{x, axis}, {x + w, axis}}, std::max(1.0, k.unit), kMutedInk, false});
  if (h.reference) {
    const double rx = px(*h.reference);
    f.lines.push_back({{{rx, top}, {rx, axis + 4 * k.unit}}, std::max(1.5, 1.6 * k.unit), kInk, false});
    const double lw = m.text_width(h.reference_label, size);
    add_text(f, h.reference_label, std::clamp(rx - lw / 2, x, x + w - lw), top - m.descent(size), size, kInk);
  }
  const double base = axis + 4 * k.unit + m.ascent(size);
  add_text(f, h.min_label, x, base, size, kMutedInk);
  add_text(f, h.max_label, x + w - m.text_width(h.max_label, size), base, size, kMutedInk);
}

}  // namespace

LegendSize measure_legend(const Legend& legend, const Metrics& k, const TextMeasurer& m, double max_width,
                          bool with_histogram) {
  const double pad = k.panel_pad;
  const double room = max_width - 2 * pad;
  double w = 0;
  for (const std::string& line : wrap_text(legend.title, k.legend_title, room, m))
    w = std::max(w, m.text_width(line, k.legend_title));
  for (const LegendEntry& e : legend.entries) w = std::max(w, entry_lines(e, k, m, room).width);
  for (const std::string& note : legend.notes)
    for (const std::string& line : wrap_text(note, k.legend_count, room, m))
      w = std::max(w, m.text_width(line, k.legend_count));
  const bool histogram = with_histogram && legend.histogram;
  if (histogram) w = std::max(w, 260 * k.unit);
  const double width = std::min(max_width, w + 2 * pad);

  // Heights as drawn: wrapped to the box's width, which may be narrower than the room
  // measured in (an entry's count follows only its last line).
  const double drawn = width - 2 * pad;
  double h = pad + static_cast<double>(wrap_text(legend.title, k.legend_title, drawn, m).size()) *
                       line_height(m, k.legend_title) + k.row_gap;
  for (const LegendEntry& e : legend.entries) h += entry_lines(e, k, m, drawn).height + k.row_gap;
  for (const std::string& note : legend.notes)
    h += static_cast<double>(wrap_text(note, k.legend_count, drawn, m).size()) * line_height(m, k.legend_count);
  if (histogram) h += histogram_height(k, m);
  return {width, h + pad};
}

void draw_legend(const Legend& legend, Color swatch_stroke, Frame& f, const PixelRect& r, const Metrics& k,
                 const TextMeasurer& m, bool with_histogram) {
  const double pad = k.panel_pad;
  f.rects.push_back({r, {kWhite, FillPattern::solid, {}}, kPanelBorder, std::max(1.0, k.unit)});
  double y = r.y + pad;
  for (const std::string& line : wrap_text(legend.title, k.legend_title, r.w - 2 * pad, m)) {
    add_text(f, line, r.x + pad, y + m.ascent(k.legend_title), k.legend_title, kInk);
    y += line_height(m, k.legend_title);
  }
  y += k.row_gap;
  for (const LegendEntry& e : legend.entries) {
    const EntryLines lines = entry_lines(e, k, m, r.w - 2 * pad);
    // The swatch sits beside the first line.
    const double first_h = std::max(k.swatch_h, line_height(m, k.legend_text));
    const PixelRect swatch{r.x + pad, y + (first_h - k.swatch_h) / 2, k.swatch_w, k.swatch_h};
    f.rects.push_back({swatch, e.style, swatch_stroke, std::max(1.0, k.unit)});
    const double tx = swatch.x + swatch.w + 12 * k.unit;
    double baseline = centred_baseline(m, y, first_h, k.legend_text);
    for (std::size_t i = 0; i < lines.lines.size(); ++i) {
      add_text(f, lines.lines[i], tx, baseline, k.legend_text, kInk);
      if (i + 1 == lines.lines.size() && !e.count_label.empty())
        add_text(f, e.count_label, tx + m.text_width(lines.lines[i], k.legend_text) + 14 * k.unit, baseline,
                 k.legend_count, kMutedInk);
      baseline += line_height(m, k.legend_text);
    }
    y += lines.height + k.row_gap;
  }
  for (const std::string& note : legend.notes)
    for (const std::string& line : wrap_text(note, k.legend_count, r.w - 2 * pad, m)) {
      add_text(f, line, r.x + pad, y + m.ascent(k.legend_count), k.legend_count, kMutedInk);
      y += line_height(m, k.legend_count);
    }
  if (with_histogram && legend.histogram) draw_histogram(*legend.histogram, f, r.x + pad, y + k.row_gap, r.w - 2 * pad, k, m);
}

}  // namespace hgm::layout
