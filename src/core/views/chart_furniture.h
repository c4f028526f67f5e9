#pragma once
// What every chart view has around its body, the way a map has it: the title and subtitle
// on top, the source line and the boundary attribution at the foot (the same sizes and
// inks as the map's furniture, so a chart and a map side by side in a report match).
#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/layout/frame.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/legibility.h"
#include "core/spec/map_spec.h"
#include "core/text/i18n.h"

namespace hgm::views {

struct ChartWords {
  std::string title, subtitle;  // the spec's own title and subtitle replace these when not blank
  std::vector<std::string> notes;  // muted lines under the subtitle (e.g. rows that did not fit)
  std::string source_line;
};

// Draws the header and footer into `f` and returns the rectangle left for the chart.
// `spec.layout.show_title` and `show_credits` hide them as they hide the map's (the
// boundaries' attribution always stays).
PixelRect add_chart_furniture(Frame& f, const ChartWords& words, const MapSpec& spec, const layout::Metrics& k,
                              const TextMeasurer& m);

// The smallest text a chart view draws, in pixels, at any size: the maps' floor, which a
// 1280×720 projector still reads.
inline constexpr double kLegibleText = layout::kLegibleTextPx;

// A chart view's sizes: the map's, with no text under the legible size. A chart in a
// window's narrow room (890 px of a 1280×720 window) would otherwise get 7-px credits.
inline layout::Metrics chart_metrics(int width, int height, TextSize text_size) {
  return layout::Metrics(width, height, text_size, kLegibleText);
}

// A table view's (overview, profile) smallest row text, and the size its rows, heads and
// columns are measured at before fitting: a map label's size, so a presenter's text size
// enlarges them as it does the map's names.
inline double table_min_text(const layout::Metrics& k) { return std::max(12 * k.unit, k.min_text); }
inline double table_base_text(const layout::Metrics& k) { return std::max(k.label * 0.85, table_min_text(k)); }

// A blank frame of the given size with the map's background.
Frame blank_chart_frame(int width, int height);

// `text` at `size` or smaller (down to `min_size`) so that it is no wider than `width`;
// what still does not fit is cut with "…". Returns the text and the size it is drawn at.
struct FittedText {
  std::string text;
  double size = 0;
};
FittedText fit_text(const std::string& text, double size, double min_size, double width, const TextMeasurer& m);

// A row's label in `box`, vertically centred: one line at `size` when it fits, else two
// lines when the row is tall enough (shrinking towards `min_size`), else one line fitted.
void add_label(Frame& f, const std::string& text, const PixelRect& box, double size, double min_size, Color ink,
               const TextMeasurer& m);

// The rows of a table view (overview, profile) in `room` pixels: as tall as the room shares
// out, up to `tallest`, text at most `base` and 1/1.45 of a row. When that text would be
// under `min_text`, the rows keep `min_text` and only the first `shown` fit.
struct RowFit {
  double text = 0, row_h = 0;
  std::size_t shown = 0;
};
RowFit fit_rows(std::size_t rows, double room, double base, double tallest, double min_text);

// A table view of `total_rows` rows with its furniture. `plan(body)` says how many rows fit
// the body; when not all do, a note goes under the subtitle and the view is planned again,
// since the note takes room (three plans at most). For an export (`first_row` none) the
// note says how many fit the size (and `advice`, filled with {districts}, goes into
// Frame::rows.cut_advice); in a window, scrolled to `first_row`, which rows show and that
// the wheel shows the others. `draw(f, body, first)` then draws the rows the last plan
// fitted from row `first` (first_row, kept so that the last row is at the foot).
Frame layout_with_cut_note(ChartWords words, std::size_t total_rows, std::optional<std::size_t> first_row, Msg advice,
                           const std::string& districts, const MapSpec& spec, int width, int height,
                           const layout::Metrics& k, const TextMeasurer& m,
                           const std::function<std::size_t(const PixelRect& body)>& plan,
                           const std::function<void(Frame& f, const PixelRect& body, std::size_t first)>& draw);

// A column's head over a table: `text` in up to two lines whose last ends at `foot`, each
// shrunk (down to `min_size`) or cut with "…" to the column's width less its padding,
// centred in the column or from its left edge.
void add_head_lines(Frame& f, const std::string& text, double x, double w, double foot, double size, double min_size,
                    Color ink, bool centred, const layout::Metrics& k, const TextMeasurer& m);

// `text` centred in `box`, shrunk (down to `min_size`) or cut so it never leaves it; on a
// `halo` of that colour when it is not transparent.
void add_centred(Frame& f, const std::string& text, const PixelRect& box, double size, double min_size, Color ink,
                 const layout::Metrics& k, const TextMeasurer& m, Color halo = {0, 0, 0, 0});

// A district's cell in a table: `box` coloured by how its figure compares with the
// province's, and `text` (the figure) centred in it.
void add_comparison_cell(Frame& f, const PixelRect& box, Comparison comparison, const std::string& text, double size,
                         double min_size, const layout::Metrics& k, const TextMeasurer& m);

}  // namespace hgm::views
