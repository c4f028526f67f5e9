#pragma once
// The room every slide of a presentation gets for its title block and legend: the
// largest any slide needs at the screen's size, so the map keeps its place and scale
// from slide to slide. Laying every slide out is not free, so the answer is kept until
// a slide's map (as shown now), the size or the layout change.
#include <vector>

#include "app/map_state.h"
#include "app/platform/sdl_window.h"
#include "app/present/presentation.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"

namespace hgm::app {

// A slide the table cannot draw (hgm::UsageError) takes no room; showing it says why.
LayoutReserve slides_reserve(const MapState& state, const std::vector<Slide>& slides, PixelSize size,
                             const TextMeasurer& measurer, const LayoutOptions& layout);

class SlideReserve {
 public:
  const LayoutReserve& get(const MapState& state, const std::vector<Slide>& slides, PixelSize size,
                           const TextMeasurer& measurer, const LayoutOptions& layout);

 private:
  bool valid_ = false;
  std::vector<MapSpec> shown_;  // each slide's spec as it would be shown
  PixelSize size_;
  LayoutOptions layout_;
  std::size_t tables_ = 0;  // planners' tables loaded when it was measured
  LayoutReserve reserve_;
};

}  // namespace hgm::app
