#include "core/views/comparison_legend.h"

#include <algorithm>

#include "core/layout/wrap_text.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "core/views/chart_furniture.h"
#include "core/views/comparison_style.h"

namespace hgm::views {

using namespace layout;

double add_comparison_legend(Frame* f, double x, double y, double width, const std::vector<std::string>& notes,
                             Lang lang, const Metrics& k, const TextMeasurer& m) {
  const double text = std::max(k.legend_text * 0.8, k.min_text), sw = 30 * k.unit, sh = 20 * k.unit, gap = 22 * k.unit, lh = line_height(m, text);
  double cy = y;
  const double row_h = std::max(sh, lh) + 4 * k.unit;
  // The title leads the first line of swatches: a key is read left to right.
  const FittedText title = fit_text(tr(lang, Msg::view_legend_title), text, text * 0.75, width, m);
  if (f) add_text(*f, title.text, x, centred_baseline(m, cy, row_h, title.size), title.size, kInk);
  double cx = x + m.text_width(title.text, title.size) + gap;
  for (const Comparison c : legend_order()) {
    const std::string label = comparison_label(c, lang);
    const double entry_w = sw + 6 * k.unit + m.text_width(label, text);
    if (cx > x && cx + entry_w > x + width) {
      cx = x;
      cy += row_h;
    }
    if (f) {
      f->rects.push_back({{cx, cy + (row_h - sh) / 2, sw, sh}, comparison_style(c).area, kPanelBorder, 1 * k.unit});
      add_text(*f, label, cx + sw + 6 * k.unit, centred_baseline(m, cy, row_h, text), text, kInk);
    }
    cx += entry_w + gap;
  }
  cy += row_h;
  for (const std::string& line : wrap_text(join(notes, "; "), text, width, m)) {
    if (f) add_text(*f, line, x, cy + m.ascent(text), text, kMutedInk);
    cy += lh;
  }
  return cy - y;
}

std::vector<std::string> comparison_notes_that_fit(const std::vector<std::string>& notes, std::size_t total_rows,
                                                   double width, Lang lang, const Metrics& k, const TextMeasurer& m,
                                                   const std::function<std::size_t(double key_height)>& rows_for) {
  constexpr std::size_t kFewestRows = 3;
  const std::size_t shown = rows_for(add_comparison_legend(nullptr, 0, 0, width, notes, lang, k, m));
  if (notes.empty() || shown >= std::min(total_rows, kFewestRows)) return notes;
  rows_for(add_comparison_legend(nullptr, 0, 0, width, {}, lang, k, m));
  return {};
}

}  // namespace hgm::views
