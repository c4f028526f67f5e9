#pragma once
// The side panel's presentation row: the text-size preset, the "Present (F5)" button and
// whether presenting steps through only the indicators with figures.
#include "app/map_state.h"
#include "app/panels/side_panel.h"
#include "app/platform/imgui_layer.h"

namespace hgm::app {

void present_controls(const MapState& state, bool only_with_data, PanelRequests& requests, const UiFonts& fonts);

}  // namespace hgm::app
