#pragma once
// The key of the comparison colours, in words: a title, then each colour with what it
// means, flowing left to right over as many lines as the width needs, then notes.
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

}  // namespace hgm::views
