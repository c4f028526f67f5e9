#pragma once
// The chart views (ranking, overview, district profile) laid out at a pixel size: a Frame
// with no map (scene is null), only rectangles, lines and texts, so the GL, SVG and PDF
// backends draw them exactly as they draw the map's furniture.
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

// True for the views laid out here (not the map, multiples or change map).
bool is_chart_view(ViewKind view);

// The view `spec.view` of `table` at `width`×`height` pixels in `spec.lang`.
// Throws UsageError for a view that is not drawn yet, or names that are not known.
Frame layout_view_frame(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                        int height, const TextMeasurer& measurer);

}  // namespace hgm
