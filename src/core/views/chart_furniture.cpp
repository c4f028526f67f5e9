#include "core/views/chart_furniture.h"

#include <algorithm>

#include "core/layout/scene_builder.h"
#include "core/layout/wrap_text.h"
#include "core/text/text_fold.h"

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
  if (spec.layout.show_credits) {
    std::vector<std::string> lines = wrap_text(words.source_line, k.credits, inner, m);
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

}  // namespace hgm::views

namespace hgm::views {

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

}  // namespace hgm::views
