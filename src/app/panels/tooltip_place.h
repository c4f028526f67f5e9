#pragma once
// Where the hover tooltip goes over a chart: above or below the hovered row (a ranking
// row, or the row of an overview or profile cell), never over it, so the row's bars and
// the cells beside the hovered one stay in sight while the tooltip tells their figure.
#include "core/geometry.h"

namespace hgm::app {

// The top-left corner of a tooltip of `size` (w, h) in a window of `window` (w, h), near
// the pointer's x and clear of the rows from `row_top` to `row_bottom` by `gap`: below
// them when it fits there, else above, else on the side with more room. It starts at the
// pointer and is moved left and up as far as needed to stay inside the window.
Vec2 tooltip_clear_of_row(double row_top, double row_bottom, double pointer_x, Vec2 size, Vec2 window, double gap);

}  // namespace hgm::app
