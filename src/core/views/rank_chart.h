#pragma once
// The ranking chart drawn into one rectangle of a Frame: a header row (column names and
// the province figure), one row per ranked district (rank or rank range, name, figure as
// stated, and a bar for an exact figure or a hatched band for a bound or an interval, an
// arrow marking an open end), the axis, the unranked figures in their own group, the
// districts without data listed apart, and a key. The text size is the largest (up to
// the frame's label size) at which everything fits.
#include "core/layout/frame.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/pinned_outlines.h"
#include "core/views/rank_rows.h"

namespace hgm {

// Pinned rows are marked at their left end in the colour the map outlines them with
// (layout::kPinnedOutline). kPinnedMark only names it for the window's test that reads it.
inline constexpr Color kPinnedMark = layout::kPinnedOutline;
inline constexpr Color kPinnedRowTint{255, 241, 196, 255};
inline constexpr Color kHighlightedRowTint{226, 236, 250, 255};

void draw_rank_chart(const RankRows& rows, const PixelRect& area, Lang lang, const layout::Metrics& k,
                     const TextMeasurer& measurer, Frame& frame);

}  // namespace hgm
