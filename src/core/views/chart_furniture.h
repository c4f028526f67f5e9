#pragma once
// What every chart view has around its body, the way a map has it: the title and subtitle
// on top, the source line and the boundary attribution at the foot (the same sizes and
// inks as the map's furniture, so a chart and a map side by side in a report match).
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/layout_metrics.h"
#include "core/spec/map_spec.h"

namespace hgm::views {

struct ChartWords {
  std::string title, subtitle;  // the spec's own title and subtitle replace these when not blank
  std::vector<std::string> notes;  // muted lines under the subtitle (e.g. rows that did not fit)
  std::string source_line;
};

// Draws the header and footer into `f` and returns the rectangle left for the chart.
// `spec.layout.show_title` and `show_credits` hide them as they hide the map's.
PixelRect add_chart_furniture(Frame& f, const ChartWords& words, const MapSpec& spec, const layout::Metrics& k,
                              const TextMeasurer& m);

// The smallest text a chart view draws, in pixels, at any size: a 1280×720 projector
// still reads it (a map scales its text with the frame; a table of figures cannot).
inline constexpr double kLegibleText = 11;

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

}  // namespace hgm::views
