#pragma once
// Where the side panel sits: in the frame's right-hand column, under the legend, so it
// covers neither the map nor the legend when there is room.
#include "app/panels/side_panel.h"
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"

namespace hgm::app {

// `pixel_ratio`: drawable pixels per screen coordinate; `ui_scale`: the interface scale.
// With `measurer` (the font the frame was laid out with) the panel may reach below the map
// down to the window's bottom margin when the credits under the map end left of the
// column; without it the panel ends where the map does. `chart_shown`: a chart view is on
// screen (alone, or beside the map): the panel takes the column its layout leaves free.
PanelPlacement panel_placement(const Frame& frame, double pixel_ratio, float ui_scale,
                               const TextMeasurer* measurer = nullptr, bool chart_shown = false);

}  // namespace hgm::app
