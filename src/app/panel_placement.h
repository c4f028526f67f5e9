#pragma once
// Where the side panel sits: in the frame's right-hand column, under the legend, so it
// covers neither the map nor the legend when there is room.
#include "app/side_panel.h"
#include "core/frame.h"

namespace hgm::app {

// `pixel_ratio`: drawable pixels per screen coordinate; `ui_scale`: the interface scale.
PanelPlacement panel_placement(const Frame& frame, double pixel_ratio, float ui_scale);

}  // namespace hgm::app
