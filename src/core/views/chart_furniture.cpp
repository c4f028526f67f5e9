#include "core/views/chart_furniture.h"

#include <algorithm>
#include <cmath>

#include "core/layout/scene_builder.h"
#include "core/layout/wrap_text.h"
#include "core/text/text_fold.h"
#include "core/views/comparison_style.h"

namespace hgm::views {

using namespace layout;

namespace {

// Notes that tell the reader something is missing stand out from the subtitle.
constexpr Color kWarningInk{166, 54, 3, 255};

}  // namespace

Frame blank_chart_frame(int width, int height) {
  Frame f;
  f.width = width;
  f.height = height;
  f.background = kWhite;
  f.map_viewport = {0, 0, 0, 0};  // no map: scene stays null
  const Metrics k(width, height);
  f.pattern_spacing_px = 7 * k.unit;
  f.pattern_line_px = std::max(1.0, 1.6 * k.unit);
  return f;
}

PixelRect add_chart_furniture(Frame& f, const ChartWords& words, const MapSpec& spec, const Metrics& k,
                              const TextMeasurer& m) {
  const double w = f.width, inner = w - 2 * k.margin;
  double top = k.margin * 0.5;
  if (spec.layout.show_title) {
    const std::string& title = own_unless_blank(spec.title, words.title);
    const std::string& subtitle = own_unless_blank(spec.subtitle, words.subtitle);
    double y = k.margin;
    for (const std::string& line : wrap_text(title, k.title, inner, m)) {
      add_text(f, line, k.margin, y + m.ascent(k.title), k.title, kInk);
      y += line_height(m, k.title);
    }
    auto add_lines = [&](const std::string& text, Color ink) {
      for (const std::string& line : wrap_text(text, k.subtitle, inner, m)) {
        add_text(f, line, k.margin, y + m.ascent(k.subtitle), k.subtitle, ink);
        y += line_height(m, k.subtitle);
      }
    };
    add_lines(subtitle, kMutedInk);
    for (const std::string& note : words.notes) add_lines(note, kWarningInk);
    top = y + k.margin * 0.4;
  }
  double bottom = f.height - k.margin * 0.5;
  {
    // As on a map, hiding the credits hides the source line, never the boundaries'
    // attribution (the small multiples are maps; the charts carry it alike).
    std::vector<std::string> lines;
    if (spec.layout.show_credits) lines = wrap_text(words.source_line, k.credits, inner, m);
    const std::size_t source_lines = lines.size();
    for (const std::string& line : wrap_text(kBoundaryAttribution, k.credits, inner, m)) lines.push_back(line);
    const double lh = line_height(m, k.credits);
    bottom = f.height - k.margin * 0.6 - static_cast<double>(lines.size()) * lh;
    double y = bottom + k.margin * 0.3 + m.ascent(k.credits);
    for (std::size_t i = 0; i < lines.size(); ++i, y += lh)
      add_text(f, lines[i], k.margin, y, k.credits, i < source_lines ? kInk : kMutedInk);
    bottom -= k.margin * 0.3;
  }
  return {k.margin, top, inner, std::max(bottom - top, 1.0)};
}

FittedText fit_text(const std::string& text, double size, double min_size, double width, const TextMeasurer& m) {
  double s = size;
  const double wide = m.text_width(text, size);
  // Glyph widths do not scale exactly with the size (hinting): aim a little under.
  if (wide > width) s = std::max(min_size, size * width / wide * 0.99);
  if (m.text_width(text, s) <= width) return {text, s};
  // Cut at a UTF-8 character boundary until the rest and "…" fit.
  std::string cut = text;
  while (!cut.empty()) {
    std::size_t end = cut.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80) --end;
    cut.erase(end);
    const std::string tried = trim_spaces(cut) + "…";
    if (m.text_width(tried, s) <= width) return {tried, s};
  }
  return {"", s};
}

void add_label(Frame& f, const std::string& text, const PixelRect& box, double size, double min_size, Color ink,
               const TextMeasurer& m) {
  auto baseline = [&](double s, int lines, double gap) {
    return box.y + box.h / 2 - (lines * (m.ascent(s) + m.descent(s)) + (lines - 1) * gap) / 2 + m.ascent(s);
  };
  if (m.text_width(text, size) <= box.w) {
    add_text(f, text, box.x, baseline(size, 1, 0), size, ink);
    return;
  }
  for (double s = size; s >= min_size - 1e-9; s -= 0.5) {
    const std::vector<std::string> lines = wrap_text(text, s, box.w, m);
    if (lines.size() == 1 && m.text_width(text, s) <= box.w) {  // smaller, it fits on one line
      add_text(f, text, box.x, baseline(s, 1, 0), s, ink);
      return;
    }
    const double gap = 0.1 * s, tall = 2 * (m.ascent(s) + m.descent(s)) + gap;
    if (lines.size() != 2 || tall > box.h) continue;
    if (m.text_width(lines[0], s) > box.w || m.text_width(lines[1], s) > box.w) continue;
    const double y = baseline(s, 2, gap);
    add_text(f, lines[0], box.x, y, s, ink);
    add_text(f, lines[1], box.x, y + m.ascent(s) + m.descent(s) + gap, s, ink);
    return;
  }
  const FittedText t = fit_text(text, size, min_size, box.w, m);
  add_text(f, t.text, box.x, baseline(t.size, 1, 0), t.size, ink);
}

RowFit fit_rows(std::size_t rows, double room, double base, double tallest, double min_text) {
  RowFit r;
  r.row_h = std::min(room / static_cast<double>(std::max<std::size_t>(rows, 1)), tallest);
  r.text = std::min(base, r.row_h / 1.45);
  r.shown = rows;
  if (r.text < min_text) {  // too many rows: the text stays legible and the last rows are left out
    r.text = min_text;
    r.row_h = min_text * 1.45;
    r.shown = std::min(rows, static_cast<std::size_t>(std::max(0.0, std::floor(room / r.row_h))));
  }
  return r;
}

Frame layout_with_cut_note(ChartWords words, std::size_t total_rows, std::optional<std::size_t> first_row, Msg advice,
                           const std::string& districts, const MapSpec& spec, int width, int height, const Metrics& k,
                           const TextMeasurer& m, const std::function<std::size_t(const PixelRect& body)>& plan,
                           const std::function<void(Frame& f, const PixelRect& body, std::size_t first)>& draw) {
  const std::vector<std::string> own_notes = words.notes;
  const std::string size = std::to_string(width) + "×" + std::to_string(height);
  std::size_t noted = total_rows;  // the rows the note says fit; all of them: no note
  // The row asked for, or the last one from which `shown` rows still fill the room.
  const auto first_of = [&](std::size_t shown) { return std::min(first_row.value_or(0), total_rows - shown); };
  for (int pass = 0;; ++pass) {
    Frame f = blank_chart_frame(width, height);
    words.notes = own_notes;
    const std::size_t first = first_of(noted);
    if (noted < total_rows && first_row) {
      f.rows.cut_note = tr(spec.lang, Msg::view_rows_scrolled,
                           {{"first", std::to_string(first + 1)}, {"last", std::to_string(first + noted)},
                            {"total", std::to_string(total_rows)}});
      words.notes.push_back(f.rows.cut_note);
    } else if (noted < total_rows) {
      f.rows.cut_note = tr(spec.lang, Msg::view_rows_cut,
                           {{"size", size}, {"shown", std::to_string(noted)}, {"total", std::to_string(total_rows)}});
      f.rows.cut_advice = tr(spec.lang, advice, {{"districts", districts}});
      words.notes.push_back(f.rows.cut_note);
    }
    const PixelRect body = add_chart_furniture(f, words, spec, k, m);
    const std::size_t shown = std::min(plan(body), total_rows);
    if (shown != noted && pass < 2) {
      noted = shown;
      continue;
    }
    f.rows.first = first_of(shown);
    f.rows.shown = shown;
    f.rows.total = total_rows;
    draw(f, body, f.rows.first);
    return f;
  }
}

void add_head_lines(Frame& f, const std::string& text, double x, double w, double foot, double size, double min_size,
                    Color ink, bool centred, const Metrics& k, const TextMeasurer& m) {
  const double room = w - 6 * k.unit, lh = line_height(m, size);
  std::vector<std::string> lines = wrap_text(text, size, room, m);
  if (lines.size() > 2) {  // the rest joins the second line, which is then cut with "…"
    for (std::size_t i = 2; i < lines.size(); ++i) lines[1] += " " + lines[i];
    lines.resize(2);
  }
  double baseline = foot - static_cast<double>(lines.size()) * lh + m.ascent(size);
  for (const std::string& line : lines) {
    const FittedText t = fit_text(line, size, min_size, room, m);
    add_text(f, t.text, centred ? x + (w - m.text_width(t.text, t.size)) / 2 : x, baseline, t.size, ink);
    baseline += lh;
  }
}

void add_centred(Frame& f, const std::string& text, const PixelRect& box, double size, double min_size, Color ink,
                 const Metrics& k, const TextMeasurer& m, Color halo) {
  const FittedText t = fit_text(text, size, min_size, box.w - 6 * k.unit, m);
  if (t.text.empty()) return;
  add_text(f, t.text, box.x + (box.w - m.text_width(t.text, t.size)) / 2, centred_baseline(m, box.y, box.h, t.size),
           t.size, ink, halo, halo.a ? 2 * k.unit : 0);
}

void add_comparison_cell(Frame& f, const PixelRect& box, Comparison comparison, const std::string& text, double size,
                         double min_size, const Metrics& k, const TextMeasurer& m) {
  const ComparisonStyle style = comparison_style(comparison);
  f.rects.push_back({box, style.area});
  // On a hatched cell the figure sits on a halo of the cell's colour, so no line cuts a digit.
  const Color halo = style.area.pattern == FillPattern::solid ? Color{0, 0, 0, 0} : style.area.fill;
  add_centred(f, text, box, size, min_size, style.ink, k, m, halo);
}

}  // namespace hgm::views
