#pragma once
// The slides a presentation steps through are map specs, so a saved story (a list of
// them) can be shown the same way as the indicators are today.
#include <string>
#include <vector>

#include "app/map_state.h"

namespace hgm::app {

// True when at least one district has a figure (exact, bound, flag …) for the indicator
// in the period.
bool has_figures(const MapState& state, const std::string& indicator, const std::string& period);

// One slide per indicator of the state's table, in the table's order, each the current
// map with that indicator (its own automatic classes and titles). With `only_with_data`
// the indicators without a figure for the period are left out.
std::vector<MapSpec> indicator_slides(const MapState& state, bool only_with_data);

// The slide as shown: in the presenter's language and text size, so pressing L or
// choosing a larger text holds across slides.
MapSpec as_presented(const MapSpec& slide, const MapSpec& current);

}  // namespace hgm::app
