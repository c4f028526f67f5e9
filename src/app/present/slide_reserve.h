#pragma once
// The room every slide of a presentation gets for its title block and legend: the
// largest any slide needs at the screen's size, so the map keeps its place and scale
// from slide to slide. Laying every slide out is not free, so the answer is kept until
// the slides, the size, the language or the layout change.
#include <vector>

#include "app/map_state.h"
#include "app/platform/sdl_window.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"

namespace hgm::app {

// A slide the table cannot draw (hgm::UsageError) takes no room; showing it says why.
LayoutReserve slides_reserve(const MapState& state, const std::vector<MapSpec>& slides, PixelSize size,
                             const TextMeasurer& measurer, const LayoutOptions& layout);

class SlideReserve {
 public:
  const LayoutReserve& get(const MapState& state, const std::vector<MapSpec>& slides, PixelSize size,
                           const TextMeasurer& measurer, const LayoutOptions& layout);

 private:
  bool valid_ = false;
  std::vector<MapSpec> slides_;
  PixelSize size_;
  Lang lang_ = Lang::vi;
  LayoutOptions layout_;
  std::size_t tables_ = 0;  // planners' tables loaded when it was measured
  LayoutReserve reserve_;
};

}  // namespace hgm::app
