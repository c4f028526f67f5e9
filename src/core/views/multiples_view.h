#pragma once
// Side-by-side maps (small multiples): two to four indicators, or one indicator in two
// periods, in one frame with one title, source line and boundary attribution. Each panel
// is the single map's own scene and layout (make_picture, layout_frame_sized) with its
// small title, legend, thinned labels and pinned outlines, placed in a grid: two side by
// side (stacked on a portrait page), three or four in two rows of two.
#include <memory>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

struct MultiplesPanel {
  std::string indicator, period;
  friend bool operator==(const MultiplesPanel&, const MultiplesPanel&) = default;
};

// The maps `spec` asks for: `spec.indicators` (2 to 4, none twice) in `spec.period`, or
// `spec.indicator` (or the one of `spec.indicators`) in `spec.period` and then in
// `spec.compared_period`. Throws UsageError saying what to give otherwise; unknown
// indicators or periods are refused when the panels' maps are made.
std::vector<MultiplesPanel> multiples_panels(const MapSpec& spec);

struct MultiplesPicture {
  std::vector<std::unique_ptr<Scene>> scenes;  // the panels' maps; frame.panel_maps point into them
  Frame frame;
  std::vector<PixelRect> panels;  // where each panel (title, map, legend) lies in the frame
};

// The small multiples of `spec` at width×height. No text is under the legible size; when
// the panels cannot be legible at this size, throws UsageError naming the smallest size
// (same proportions) at which they are, or saying that none is.
MultiplesPicture layout_multiples_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                                       int width, int height, const TextMeasurer& measurer);

}  // namespace hgm
