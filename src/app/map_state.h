#pragma once
// What the window shows: the chosen indicator, period and language, the pan/zoom view,
// and the choropleth and scene built from them. Every change goes through here, so panels
// and key handlers only ask for a change and never build maps themselves.
#include <cstdint>
#include <string>

#include "core/choropleth.h"
#include "core/map_view.h"
#include "core/scene.h"
#include "io/map_inputs.h"

namespace hgm::app {

struct MapSelection {
  std::string indicator;
  std::string period;
  Lang lang = Lang::vi;
};

class MapState {
 public:
  // `inputs` must outlive the state (the choropleth points into its table).
  // Throws hgm::UsageError for an unknown indicator or period, listing the known ones.
  MapState(const io::MapInputs& inputs, MapSelection selection);
  MapState(const MapState&) = delete;
  MapState& operator=(const MapState&) = delete;

  const io::MapInputs& inputs() const { return inputs_; }
  const MapSelection& selection() const { return selection_; }
  const Choropleth& choropleth() const { return choropleth_; }
  const Scene& scene() const { return scene_; }
  // Changes each time the scene is rebuilt, so a renderer knows to re-upload it.
  std::uint64_t revision() const { return revision_; }

  MapView& view() { return view_; }
  const MapView& view() const { return view_; }
  void reset_view() { view_.reset(); }

  // Each rebuilds the choropleth and the scene; on error the state stays as it was.
  void select(const MapSelection& selection);
  void select_indicator(const std::string& id);
  void select_period(const std::string& period);
  void select_lang(Lang lang);
  // Moves `steps` places through the table's indicators, wrapping around.
  void step_indicator(int steps);

 private:
  const io::MapInputs& inputs_;
  MapSelection selection_;
  Choropleth choropleth_;
  Scene scene_;
  MapView view_;
  std::uint64_t revision_ = 0;
};

}  // namespace hgm::app
