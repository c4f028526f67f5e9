#include "app/present/slides.h"

namespace hgm::app {

bool has_figures(const MapState& state, const std::string& indicator, const std::string& period) {
  const DistrictRegistry& registry = state.inputs().data.registry;
  for (std::size_t i = 0; i < registry.size(); ++i)
    if (state.table().find(indicator, period, registry.at(i).code) != nullptr) return true;
  return false;
}

std::vector<MapSpec> indicator_slides(const MapState& state, bool only_with_data) {
  const MapSpec& current = state.selection();
  std::vector<MapSpec> slides;
  for (const Indicator& indicator : state.table().indicators()) {
    if (only_with_data && !has_figures(state, indicator.id, current.period)) continue;
    MapSpec slide = current;
    slide.indicator = indicator.id;
    if (indicator.id != current.indicator) {
      // Breaks are in the current indicator's unit and titles name it.
      if (slide.method == ClassMethod::manual) slide.method = ClassMethod::natural_breaks;
      slide.breaks.clear();
      slide.title.clear();
      slide.subtitle.clear();
    }
    slides.push_back(std::move(slide));
  }
  return slides;
}

MapSpec as_presented(const MapSpec& slide, const MapSpec& current) {
  MapSpec shown = slide;
  shown.lang = current.lang;
  shown.layout.text_size = current.layout.text_size;
  return shown;
}

}  // namespace hgm::app
