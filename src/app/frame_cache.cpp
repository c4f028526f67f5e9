#include "app/frame_cache.h"

#include <algorithm>

#include "app/app_text.h"
#include "core/views/view_frame.h"

namespace hgm::app {

namespace {

// A chart view at the window's size: the chart in the width the panel leaves, the frame
// as wide as the window.
// The profile is of pinned districts: with none pinned, the window says how to pin them.
Frame pin_hint_frame(const MapState& state, int chart_w, PixelSize size, const TextMeasurer& measurer) {
  Frame frame;
  frame.width = size.width;
  frame.height = size.height;
  frame.background = Color{255, 255, 255, 255};
  FrameText hint;
  hint.utf8 = ui_text(state.spec().lang, UiText::profile_needs_pins);
  hint.size_px = std::max(16.0, size.height / 40.0);
  hint.color = Color{60, 60, 60, 255};
  const double width = measurer.text_width(hint.utf8, hint.size_px);
  hint.x = std::max(16.0, (chart_w - width) / 2);
  hint.y = size.height / 2.0;
  frame.texts.push_back(hint);
  return frame;
}

Frame chart_frame(const MapState& state, PixelSize size, const TextMeasurer& measurer, bool panel_visible) {
  const int chart_w = panel_visible ? static_cast<int>(size.width * (1 - kChartPanelShare)) : size.width;
  if (state.spec().view == ViewKind::profile && state.spec().pinned.empty())
    return pin_hint_frame(state, chart_w, size, measurer);
  MapSpec spec = state.spec();
  spec.layout = window_layout(spec.layout, panel_visible);
  Frame frame = layout_view_frame(state.inputs(), state.table(), spec, chart_w, size.height, measurer);
  frame.width = size.width;
  return frame;
}

}  // namespace

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
    frame_ = is_chart_view(state.spec().view)
                 ? chart_frame(state, size, measurer, panel_visible)
                 : layout_frame(state.scene(), size.width, size.height, view, measurer, layout, series);
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
  if (fits(state, size, layout, series) || is_chart_view(state.spec().view)) return frame_.map_viewport;
  return hgm::map_viewport(state.scene(), size.width, size.height, measurer, layout, series.reserve);
}

}  // namespace hgm::app
