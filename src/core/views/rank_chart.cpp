#include "core/views/rank_chart.h"

#include <algorithm>
#include <cmath>

#include "core/layout/wrap_text.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "core/views/chart_furniture.h"
#include "core/views/value_axis.h"

namespace hgm {

using namespace layout;

namespace {

constexpr Color kBarStroke{90, 90, 90, 255};
constexpr Color kAxisInk{150, 150, 150, 255};

// Every size and column of the chart at one text size `s`.
struct Plan {
  double s = 0, small = 0, row_h = 0, unit = 1;
  bool compact = false;  // figures as table cells state them ("≤ 15,8%"), the key saying the marks
  double pin_w = 0, rank_right = 0, name_x = 0, figure_x = 0, plot_x0 = 0, plot_x1 = 0;
  std::vector<std::string> unranked_title, no_data_lines, key_lines;
  double height = 0;
  bool fits = false;
};

double widest(const std::vector<RankRow>& rows, std::string RankRow::*field, double size, const TextMeasurer& m,
              bool only_with_estimate = false) {
  double w = 0;
  for (const RankRow& r : rows)
    if (!only_with_estimate || r.estimate) w = std::max(w, m.text_width(r.*field, size));
  return w;
}

double text_block(const std::vector<std::string>& lines, double size, const TextMeasurer& m) {
  return static_cast<double>(lines.size()) * line_height(m, size);
}

bool any_pinned(const RankRows& rows) {
  for (const auto* group : {&rows.ranked, &rows.unranked, &rows.pinned_no_data})
    for (const RankRow& r : *group)
      if (r.pinned) return true;
  return false;
}

std::string RankRow::*figure_field(bool compact) { return compact ? &RankRow::compact_figure : &RankRow::figure; }

Plan plan_at(double s, bool compact, const RankRows& rows, const PixelRect& a, Lang lang, const Metrics& k,
             const TextMeasurer& m) {
  Plan p;
  p.s = s;
  p.compact = compact;
  std::string RankRow::*const figure = figure_field(compact);
  p.small = s * 0.8;
  p.row_h = s * 2.0;
  p.unit = k.unit;
  const double gap = s * 1.1;
  p.pin_w = s * 0.35;
  const double rank_w = std::max(m.text_width(tr(lang, Msg::rank), p.small), widest(rows.ranked, &RankRow::rank, s, m));
  const double name_w = std::max({m.text_width(tr(lang, Msg::rank_district_column), p.small),
                                  widest(rows.ranked, &RankRow::name, s, m), widest(rows.unranked, &RankRow::name, s, m),
                                  widest(rows.pinned_no_data, &RankRow::name, s, m)});
  const double figure_w = std::max({m.text_width(tr(lang, Msg::rank_value_column), p.small),
                                    widest(rows.ranked, figure, s, m), widest(rows.unranked, figure, s, m, true)});
  p.rank_right = a.x + p.pin_w + s * 0.5 + rank_w;
  p.name_x = p.rank_right + gap;
  p.figure_x = p.name_x + name_w + gap;
  p.plot_x0 = p.figure_x + figure_w + gap;
  p.plot_x1 = a.x + a.w - s * 1.5;  // room for the last tick label's half

  const double spacing = s * 0.5;
  double h = p.row_h;  // header row
  h += static_cast<double>(rows.ranked.size()) * p.row_h;
  if (!rows.ranked.empty()) h += s * 0.3 + line_height(m, p.small);  // axis
  if (!rows.unranked.empty()) {
    p.unranked_title = wrap_text(tr(lang, Msg::unranked_group), p.small, a.w, m);
    h += spacing + text_block(p.unranked_title, p.small, m) + static_cast<double>(rows.unranked.size()) * p.row_h;
  }
  if (!rows.pinned_no_data.empty()) h += spacing + static_cast<double>(rows.pinned_no_data.size()) * p.row_h;
  if (!rows.no_data.empty()) {
    p.no_data_lines = wrap_text(tr(lang, Msg::rank_no_data_names, {{"names", join(rows.no_data)}}), s * 0.9, a.w, m);
    h += spacing + text_block(p.no_data_lines, s * 0.9, m);
  }
  if (!rows.ranked.empty()) {
    std::string key = tr(lang, Msg::rank_key);
    if (rows.reference) key += tr(lang, Msg::rank_key_province);
    if (compact) key += std::string(" · ") + tr(lang, Msg::view_cell_marks);
    p.key_lines = wrap_text(key, p.small, a.w, m);
    h += spacing + text_block(p.key_lines, p.small, m);
  }
  if (any_pinned(rows)) h += line_height(m, p.small);
  p.height = h;
  p.fits = h <= a.h && (rows.ranked.empty() || p.plot_x1 - p.plot_x0 >= a.w * 0.3);
  return p;
}

FramePolygon triangle(Vec2 a, Vec2 b, Vec2 c, Color fill) { return {{{a, b, c}, {0, 1, 2}}, fill}; }

// A bar from zero for an exact figure; for a bound or an interval, a hatched band over
// the numbers it allows, a cap at each end the words give and an arrow at an open end.
void draw_span(const RankRow& row, const ValueAxis& axis, double top, const Plan& p, Frame& f) {
  const ValueSpan& span = *row.span;
  const double cy = top + p.row_h / 2;
  const double stroke = std::max(1.0, p.unit);
  if (span.is_point()) {
    double xa = axis.x(0), xb = axis.x(span.lo);
    if (xa > xb) std::swap(xa, xb);
    xb = std::max(xb, xa + 1);  // a zero still shows
    const double bar_h = p.row_h * 0.56;
    f.rects.push_back({{xa, cy - bar_h / 2, xb - xa, bar_h}, {row.style.fill, FillPattern::solid, {}}, kBarStroke, stroke});
    return;
  }
  const bool open_lo = !std::isfinite(span.lo), open_hi = !std::isfinite(span.hi);
  const double arrow = p.s * 0.7, band_h = p.row_h * 0.38, cap_h = p.row_h * 0.62;
  const double xa = open_lo ? axis.x0() + arrow : axis.x(span.lo);
  const double xb = open_hi ? axis.x1() - arrow : axis.x(span.hi);
  AreaStyle band = row.style;
  band.pattern = FillPattern::hatch;  // never a solid bar: the number is not known
  f.rects.push_back({{xa, cy - band_h / 2, std::max(xb - xa, 1.0), band_h}, band, band.pattern_color, stroke});
  const double cap_w = std::max(1.5, 2.5 * p.unit);
  for (const bool lower : {true, false}) {
    const double x = lower ? xa : xb;
    if (lower ? open_lo : open_hi) {
      const double tip = lower ? axis.x0() : axis.x1();
      f.polygons.push_back(triangle({tip, cy}, {x, cy - band_h * 0.9}, {x, cy + band_h * 0.9}, kInk));
    } else {
      f.lines.push_back({{{x, cy - cap_h / 2}, {x, cy + cap_h / 2}}, cap_w, kInk, false});
    }
  }
}

// An estimate ("≈ 4.076 tấn"): a diamond at its number, no bar, since its span is unknown.
void draw_estimate(const RankRow& row, const ValueAxis& axis, double top, const Plan& p, Frame& f) {
  const double cx = axis.x(*row.estimate), cy = top + p.row_h / 2, r = p.row_h * 0.24;
  const std::vector<Vec2> corners{{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}};
  f.polygons.push_back({{corners, {0, 1, 2, 0, 2, 3}}, row.style.fill});
  f.lines.push_back({corners, std::max(1.0, 1.5 * p.unit), kInk, true});
}

// Tint, pin mark, rank, name and figure of one row; the figure shrinks to fit when it
// has the rest of the row to itself (long flag and group words), down to the legible size.
void draw_row_text(const RankRow& row, double top, const PixelRect& a, const Plan& p, const TextMeasurer& m,
                   Frame& f) {
  f.district_areas.push_back({{a.x, top, a.w, p.row_h}, row.code, {}});
  if (row.pinned || row.highlighted)
    f.rects.push_back({{a.x, top + 1, a.w, p.row_h - 2},
                       {row.pinned ? kPinnedRowTint : kHighlightedRowTint, FillPattern::solid, {}}});
  if (row.pinned) f.rects.push_back({{a.x, top + p.row_h * 0.12, p.pin_w, p.row_h * 0.76}, {kPinnedOutline, FillPattern::solid, {}}});
  const double base = centred_baseline(m, top, p.row_h, p.s);
  add_text(f, row.rank, p.rank_right - m.text_width(row.rank, p.s), base, p.s, kInk);
  add_text(f, row.name, p.name_x, base, p.s, kInk);
  const double room = (row.span || row.estimate) ? p.plot_x0 - p.figure_x : a.x + a.w - p.figure_x;
  // Never below the legible size (nor above the row's): what still does not fit is cut with "…".
  const views::FittedText t = views::fit_text(row.*figure_field(p.compact), p.s, std::min(views::kLegibleText, p.s), room, m);
  add_text(f, t.text, p.figure_x, centred_baseline(m, top, p.row_h, t.size), t.size, kInk);
}

double draw_lines(const std::vector<std::string>& lines, double x, double y, double size, Color color,
                  const TextMeasurer& m, Frame& f) {
  for (const std::string& line : lines) {
    add_text(f, line, x, y + m.ascent(size), size, color);
    y += line_height(m, size);
  }
  return y;
}

void draw_axis(const ValueAxis& axis, double y, Lang lang, const Plan& p, const TextMeasurer& m, Frame& f) {
  const double tick = p.s * 0.3, width = std::max(1.0, p.unit);
  f.lines.push_back({{{axis.x0(), y}, {axis.x1(), y}}, width, kAxisInk, false});
  for (const double v : axis.ticks(p.small, lang, m)) {
    const double x = axis.x(v);
    f.lines.push_back({{{x, y}, {x, y + tick}}, width, kAxisInk, false});
    const std::string label = axis.tick_label(v, lang);
    add_text(f, label, x - m.text_width(label, p.small) / 2, y + tick + m.ascent(p.small), p.small, kMutedInk);
  }
}

}  // namespace

void draw_rank_chart(const RankRows& rows, const PixelRect& a, Lang lang, const Metrics& k, const TextMeasurer& m,
                     Frame& f) {
  // The largest text that fits, its smallest (the headers', the axis') no smaller than the
  // legible size; in a narrow room the figures are then said as a table says them ("≤ 15,8%"
  // for "không trên 15,8%"). Only when neither fits does the text shrink further, and an
  // export says the size is too small.
  const double least = views::kLegibleText / 0.8;
  auto largest_fitting = [&](bool compact, double floor) {
    Plan p = plan_at(std::max(k.label * 1.3, least), compact, rows, a, lang, k, m);
    while (!p.fits && p.s * 0.92 >= floor) p = plan_at(p.s * 0.92, compact, rows, a, lang, k, m);
    return p;
  };
  Plan p = largest_fitting(false, least);
  if (!p.fits) p = largest_fitting(true, least);
  if (!p.fits) p = largest_fitting(false, 6);
  f.rows.fit = p.fits;
  f.rows.text_px = p.small;  // the headers' and the axis' text, the rows' smallest

  std::vector<double> numbers;
  bool open_above = false;
  for (const auto* group : {&rows.ranked, &rows.unranked})
    for (const RankRow& r : *group) {
      if (r.span) numbers.insert(numbers.end(), {r.span->lo, r.span->hi});
      if (r.span && !std::isfinite(r.span->hi)) open_above = true;
      if (r.estimate) numbers.push_back(*r.estimate);
    }
  if (rows.reference) numbers.push_back(*rows.reference);
  const ValueAxis axis(numbers, p.plot_x0, p.plot_x1, open_above);
  const bool plotted = !rows.ranked.empty();

  // Header: column names, and the province figure over its line.
  double y = a.y;
  const double head = centred_baseline(m, y, p.row_h, p.small);
  const std::string rank_head = tr(lang, Msg::rank);
  add_text(f, rank_head, p.rank_right - m.text_width(rank_head, p.small), head, p.small, kMutedInk);
  add_text(f, tr(lang, Msg::rank_district_column), p.name_x, head, p.small, kMutedInk);
  add_text(f, tr(lang, Msg::rank_value_column), p.figure_x, head, p.small, kMutedInk);
  if (rows.reference) {
    const double w = m.text_width(rows.reference_label, p.small);
    const double x = plotted ? axis.x(*rows.reference) - w / 2 : p.plot_x0;
    add_text(f, rows.reference_label, std::clamp(x, p.plot_x0, std::max(p.plot_x0, a.x + a.w - w)), head, p.small, kInk);
  }
  y += p.row_h;

  const double ranked_top = y;
  if (plotted) {
    const double zero = axis.x(0);
    f.lines.push_back({{{zero, ranked_top}, {zero, ranked_top + p.row_h * static_cast<double>(rows.ranked.size())}},
                       std::max(1.0, k.unit), kAxisInk, false});
  }
  for (const RankRow& row : rows.ranked) {
    draw_row_text(row, y, a, p, m, f);
    draw_span(row, axis, y, p, f);
    y += p.row_h;
  }
  if (plotted) {
    if (rows.reference) {
      const double x = axis.x(*rows.reference);
      f.lines.push_back({{{x, ranked_top - p.row_h * 0.2}, {x, y + p.s * 0.3}}, std::max(1.5, 2.5 * k.unit), kInk, false});
    }
    draw_axis(axis, y, lang, p, m, f);
    y += p.s * 0.3 + line_height(m, p.small);
  }

  if (!rows.unranked.empty()) {
    y = draw_lines(p.unranked_title, a.x, y + p.s * 0.5, p.small, kMutedInk, m, f);
    for (const RankRow& row : rows.unranked) {
      draw_row_text(row, y, a, p, m, f);
      if (row.estimate && plotted) draw_estimate(row, axis, y, p, f);
      y += p.row_h;
    }
  }
  if (!rows.pinned_no_data.empty()) {
    y += p.s * 0.5;
    for (const RankRow& row : rows.pinned_no_data) {
      draw_row_text(row, y, a, p, m, f);
      y += p.row_h;
    }
  }
  if (!rows.no_data.empty()) y = draw_lines(p.no_data_lines, a.x, y + p.s * 0.5, p.s * 0.9, kMutedInk, m, f);
  if (!p.key_lines.empty()) y = draw_lines(p.key_lines, a.x, y + p.s * 0.5, p.small, kMutedInk, m, f);
  if (any_pinned(rows)) {
    const double h = line_height(m, p.small);
    f.rects.push_back({{a.x, y + h * 0.15, p.pin_w, h * 0.7}, {kPinnedOutline, FillPattern::solid, {}}});
    add_text(f, tr(lang, Msg::rank_pinned_key), a.x + p.pin_w + p.s * 0.5, centred_baseline(m, y, h, p.small), p.small,
             kMutedInk);
  }
}

}  // namespace hgm
