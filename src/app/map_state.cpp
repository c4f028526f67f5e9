#include "app/map_state.h"

#include <algorithm>
#include <utility>

#include "core/scene_builder.h"

namespace hgm::app {

MapState::MapState(const io::MapInputs& inputs, MapSelection selection) : inputs_(inputs) {
  select(selection);
}

void MapState::select(const MapSelection& selection) {
  ChoroplethOptions options;
  options.indicator = selection.indicator;
  options.period = selection.period;
  options.lang = selection.lang;
  // Build both before touching anything, so a failure leaves the current map in place.
  Choropleth choropleth = build_choropleth(inputs_.data.registry, inputs_.data.table, options);
  Scene scene = build_scene(choropleth, inputs_.boundaries, inputs_.data.registry, selection.lang,
                            kBoundaryAttribution, inputs_.locator);
  choropleth_ = std::move(choropleth);
  scene_ = std::move(scene);
  selection_ = selection;
  ++revision_;
}

void MapState::select_indicator(const std::string& id) {
  if (id == selection_.indicator) return;
  MapSelection next = selection_;
  next.indicator = id;
  select(next);
}

void MapState::select_period(const std::string& period) {
  if (period == selection_.period) return;
  MapSelection next = selection_;
  next.period = period;
  select(next);
}

void MapState::select_lang(Lang lang) {
  if (lang == selection_.lang) return;
  MapSelection next = selection_;
  next.lang = lang;
  select(next);
}

void MapState::step_indicator(int steps) {
  const auto& indicators = inputs_.data.table.indicators();
  if (indicators.empty()) return;
  const auto current = std::find_if(indicators.begin(), indicators.end(),
                                    [&](const Indicator& i) { return i.id == selection_.indicator; });
  const long n = static_cast<long>(indicators.size());
  const long at = current == indicators.end() ? 0 : static_cast<long>(current - indicators.begin());
  const long next = ((at + steps) % n + n) % n;
  select_indicator(indicators[static_cast<std::size_t>(next)].id);
}

}  // namespace hgm::app
