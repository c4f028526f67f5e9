#include "app/frame_cache.h"

namespace hgm::app {

LayoutOptions window_layout(const LayoutOptions& chosen, bool panel_visible) {
  LayoutOptions options = chosen;
  if (panel_visible) options.show_locator = false;
  return options;
}

bool FrameCache::fits(const MapState& state, PixelSize size, const LayoutOptions& layout,
                      const SeriesPlace& series) const {
  return valid_ && revision_ == state.revision() && size_ == size && layout_ == layout && series_ == series;
}

const Frame& FrameCache::frame_for(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible, const SeriesPlace& series) {
  const MapView& view = state.view();
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  if (!fits(state, size, layout, series) || view_ != view) {
    frame_ = layout_frame(state.scene(), size.width, size.height, view, measurer, layout, series);
    valid_ = true;
    revision_ = state.revision();
    size_ = size;
    view_ = view;
    layout_ = layout;
    series_ = series;
    ++layouts_;
  }
  return frame_;
}

PixelRect FrameCache::map_viewport(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible, const SeriesPlace& series) const {
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  if (fits(state, size, layout, series)) return frame_.map_viewport;
  return hgm::map_viewport(state.scene(), size.width, size.height, measurer, layout, series.reserve);
}

}  // namespace hgm::app
