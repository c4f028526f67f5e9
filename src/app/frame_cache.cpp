#include "app/frame_cache.h"

namespace hgm::app {

LayoutOptions window_layout(bool panel_visible) {
  LayoutOptions options;
  options.show_locator = !panel_visible;
  return options;
}

const Frame& FrameCache::frame_for(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible) {
  const MapView& view = state.view();
  const bool same = valid_ && revision_ == state.revision() && size_.width == size.width &&
                    size_.height == size.height && view_.zoom == view.zoom && view_.pan.x == view.pan.x &&
                    view_.pan.y == view.pan.y && panel_visible_ == panel_visible;
  if (!same) {
    frame_ = layout_frame(state.scene(), size.width, size.height, view, measurer, window_layout(panel_visible));
    valid_ = true;
    revision_ = state.revision();
    size_ = size;
    view_ = view;
    panel_visible_ = panel_visible;
  }
  return frame_;
}

}  // namespace hgm::app
