#include "app/present/slides.h"

namespace hgm::app {

std::vector<Slide> indicator_slides(const MapState& state, bool only_with_data) {
  std::vector<Slide> slides;
  for (const Indicator& indicator : state.table().indicators()) {
    if (only_with_data && !state.table().has_district_values(indicator.id, state.spec().period)) continue;
    slides.push_back({.indicator = indicator.id, .whole = std::nullopt});
  }
  return slides;
}

std::vector<Slide> story_slides(const Story& story) {
  std::vector<Slide> slides;
  for (const StorySlide& s : story.slides) slides.push_back({s.spec.indicator, s.spec, s.spotlight});
  return slides;
}

MapSpec shown_spec(const Slide& slide, const MapState& state) {
  if (!slide.whole) return state.with_indicator(slide.indicator);
  MapSpec shown = *slide.whole;
  shown.lang = state.spec().lang;
  shown.layout.text_size = state.spec().layout.text_size;
  return shown;
}

}  // namespace hgm::app
