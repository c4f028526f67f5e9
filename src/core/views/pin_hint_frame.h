#pragma once
// What the window shows for the profile view before any district is pinned: one line
// saying how to pin them, centred in the chart's room. (An export has no pins to ask for:
// `export --view profile` without districts stays a usage error.)
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_spec.h"

namespace hgm {

Frame layout_pin_hint_frame(const MapSpec& spec, int width, int height, const TextMeasurer& measurer);

}  // namespace hgm
