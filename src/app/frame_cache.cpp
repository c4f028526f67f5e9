#include "app/frame_cache.h"

namespace hgm::app {

LayoutOptions window_layout(const LayoutOptions& chosen, bool panel_visible) {
  LayoutOptions options = chosen;
  if (panel_visible) options.show_locator = false;
  return options;
}

bool same_layout(const LayoutOptions& a, const LayoutOptions& b) {
  return a.show_title == b.show_title && a.show_legend == b.show_legend && a.show_labels == b.show_labels &&
         a.show_credits == b.show_credits && a.show_scale_bar == b.show_scale_bar &&
         a.show_north_arrow == b.show_north_arrow && a.show_locator == b.show_locator;
}

const Frame& FrameCache::frame_for(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible) {
  const MapView& view = state.view();
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  const bool same = valid_ && revision_ == state.revision() && size_.width == size.width &&
                    size_.height == size.height && view_.zoom == view.zoom && view_.pan.x == view.pan.x &&
                    view_.pan.y == view.pan.y && same_layout(layout_, layout);
  if (!same) {
    frame_ = layout_frame(state.scene(), size.width, size.height, view, measurer, layout);
    valid_ = true;
    revision_ = state.revision();
    size_ = size;
    view_ = view;
    layout_ = layout;
  }
  return frame_;
}

}  // namespace hgm::app
