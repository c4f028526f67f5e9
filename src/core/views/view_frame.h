#pragma once
// The chart views (ranking, overview, district profile) laid out at a pixel size: a Frame
// with no map (scene is null), only rectangles, lines and texts, so the GL, SVG and PDF
// backends draw them exactly as they draw the map's furniture.
#include <cstddef>
#include <optional>

#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

// True for the views laid out here (not the map, multiples or change map).
bool is_chart_view(ViewKind view);

// The view `spec.view` of `table` at `width`×`height` pixels in `spec.lang`.
// Throws UsageError for names that are not known; std::invalid_argument for a view that
// is not a chart (is_chart_view).
// `first_row`: a window's table view (overview, profile) scrolled to that row, its note
// saying which rows show and that the wheel shows the others; none for an export, whose
// note says the size fits only so many.
Frame layout_view_frame(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                        int height, const TextMeasurer& measurer, std::optional<std::size_t> first_row = std::nullopt);

// The view as an export writes it, at the spec's size. A ranking whose rows do not all fit
// with text of at least legible_text_px (core/spec/make_scene.h) is refused: UsageError
// naming the smallest size of that shape that shows every row legibly, nothing written.
// The overview and the profile keep their cut (said on the image and, with how to see them all, on the command line).
Frame layout_view_for_export(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                             const TextMeasurer& measurer);

}  // namespace hgm
