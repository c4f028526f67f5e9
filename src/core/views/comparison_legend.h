#pragma once
// The key of the comparison colours, in words: a title, then each colour with what it
// means, flowing left to right over as many lines as the width needs, then notes.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/layout_metrics.h"
#include "core/text/lang.h"

namespace hgm::views {

// Lays the key out from (x, y) (its top-left corner) within `width` and returns its height.
// With `f` null nothing is drawn: the caller measures first, then draws where it fits.
double add_comparison_legend(Frame* f, double x, double y, double width, const std::vector<std::string>& notes,
                             Lang lang, const layout::Metrics& k, const TextMeasurer& m);

// The notes the key keeps under a table of `total_rows` rows in `width`: all of them, unless
// with them fewer than three rows would fit (a presenter's text size on a small frame), when
// they give way and the colours stay. `rows_for(key_height)` plans the table under a key
// that tall and says how many rows fit; the last call plans for the notes returned.
std::vector<std::string> comparison_notes_that_fit(const std::vector<std::string>& notes, std::size_t total_rows,
                                                   double width, Lang lang, const layout::Metrics& k,
                                                   const TextMeasurer& m,
                                                   const std::function<std::size_t(double key_height)>& rows_for);

}  // namespace hgm::views
