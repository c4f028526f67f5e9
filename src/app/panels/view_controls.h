#pragma once
// The side panel's controls of the view shown, under the view switch: for side-by-side maps
// and the change map the period compared with and the panels' indicators (the current one
// added, one removed); for the overview whether indicators without figures are listed and
// the order of its rows and columns.
#include "app/map_state.h"
#include "app/panels/side_panel.h"
#include "app/platform/imgui_layer.h"

namespace hgm::app {

void view_controls(const MapState& state, PanelRequests& requests, const UiFonts& fonts);

}  // namespace hgm::app
