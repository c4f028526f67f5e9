#include "app/frame_cache.h"

#include "core/layout/map_furniture.h"
#include "core/views/pin_hint_frame.h"
#include "core/views/view_frame.h"

namespace hgm::app {

namespace {

// A chart view at the window's size: the chart in the width the panel leaves, the frame
// as wide as the window. The profile is of pinned districts: with none pinned, the window
// says how to pin them.
Frame chart_frame(const MapState& state, PixelSize size, const TextMeasurer& measurer, bool panel_visible) {
  const int chart_w = panel_visible ? static_cast<int>(size.width * (1 - kChartPanelShare)) : size.width;
  MapSpec spec = state.spec();
  spec.layout = window_layout(spec.layout, panel_visible);
  Frame frame = spec.view == ViewKind::profile && spec.pinned.empty()
                    ? layout_pin_hint_frame(spec, chart_w, size.height, measurer)
                    : layout_view_frame(state.inputs(), state.table(), spec, chart_w, size.height, measurer);
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
    const ViewKind kind = state.spec().view;
    if (is_panel_maps_view(kind)) {
      const int chart_w = panel_visible ? static_cast<int>(size.width * (1 - kChartPanelShare)) : size.width;
      panel_maps_ = layout_panel_maps_frame(state, size, chart_w, view, layout, series, measurer);
      frame_ = panel_maps_.frame;
    } else {
      panel_maps_ = {};
      frame_ = is_chart_view(kind) ? chart_frame(state, size, measurer, panel_visible)
                                   : layout_frame(state.scene(), size.width, size.height, view, measurer, layout, series);
    }
    // A map frame draws the slide counter itself; charts and side-by-side maps get it here.
    if (!series.counter.empty() && (is_chart_view(kind) || kind == ViewKind::multiples))
      layout::add_frame_counter(series.counter, frame_, layout::Metrics(size.width, size.height, layout.text_size),
                                measurer);
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

const Frame* FrameCache::laid_out_for_any_view(const MapState& state, PixelSize size, bool panel_visible,
                                               const SeriesPlace& series) const {
  return fits(state, size, window_layout(state.layout(), panel_visible), series) ? &frame_ : nullptr;
}

PixelRect FrameCache::map_viewport(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible, const SeriesPlace& series) const {
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  if (fits(state, size, layout, series) || is_chart_view(state.spec().view) || is_panel_maps_view(state.spec().view))
    return frame_.map_viewport;
  return hgm::map_viewport(state.scene(), size.width, size.height, measurer, layout, series.reserve);
}

}  // namespace hgm::app
