#pragma once
// A story: the prepared sequence of views a planner presents at a meeting. Each slide is a
// whole map specification (view, indicator, period, classes, palette, pins, titles …) with
// an optional speaker note and a district to spotlight. Stories are files (io/story_file.h),
// presented in the window and exported as a deck.
#include <string>
#include <vector>

#include "core/spec/map_spec.h"

namespace hgm {

struct StorySlide {
  MapSpec spec;
  std::string note{};       // the speaker's note; never drawn on the slide
  std::string spotlight{};  // GSO code of the district spotlit when the slide is shown; empty: none
  friend bool operator==(const StorySlide&, const StorySlide&) = default;
};

struct Story {
  std::string title{};  // e.g. "Giao ban quý I/2021"
  std::vector<StorySlide> slides{};
  friend bool operator==(const Story&, const Story&) = default;
};

}  // namespace hgm
