#pragma once
// The slides a presentation steps through (presentation.h's Slide) and the map each shows.
#include <string>
#include <vector>

#include "app/map_state.h"
#include "app/present/presentation.h"
#include "core/story/story.h"

namespace hgm::app {

// One slide per indicator of the state's table, in the table's order. With
// `only_with_data` the indicators without a district figure for the period are left out.
std::vector<Slide> indicator_slides(const MapState& state, bool only_with_data);

// A story's slides, in its order.
std::vector<Slide> story_slides(const Story& story);

// The spec the slide shows on the map on screen now: the state's spec with the slide's
// indicator (MapState::with_indicator), or a story slide's whole spec in the presenter's
// language and text size.
MapSpec shown_spec(const Slide& slide, const MapState& state);

}  // namespace hgm::app
