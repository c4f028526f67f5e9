#include "app/frame_cache.h"

#include "core/layout/frame_compose.h"
#include "core/layout/map_furniture.h"
#include "core/layout/text_size.h"
#include "core/views/pin_hint_frame.h"
#include "core/views/view_frame.h"

namespace hgm::app {

namespace {

// A chart view at the window's size: the chart in its room (chart_rooms.h), beside the map
// laid out in the room left of it as the map view lays it out, or alone; the frame as large
// as the window. The profile is of pinned districts: with none pinned, the window says how
// to pin them.
Frame chart_frame(const MapState& state, PixelSize size, const TextMeasurer& measurer, bool panel_visible,
                  const MapView& view, const LayoutOptions& layout, const SeriesPlace& series, ChartPlace place,
                  std::size_t first_row) {
  const ChartRooms rooms =
      chart_rooms(size.width, size.height, panel_visible, place, text_scale(layout.text_size).factor);
  const int chart_w = static_cast<int>(rooms.chart.w), chart_h = static_cast<int>(rooms.chart.h);
  MapSpec spec = state.spec();
  spec.layout = layout;
  Frame chart = spec.view == ViewKind::profile && spec.pinned.empty()
                    ? layout_pin_hint_frame(spec, chart_w, chart_h, measurer)
                    : layout_view_frame(state.inputs(), state.table(), spec, chart_w, chart_h, measurer, first_row);
  if (rooms.map.w <= 0) {
    Frame alone = rooms.chart.y == 0 ? std::move(chart) : moved_chart(chart, rooms.chart.x, rooms.chart.y);
    alone.width = size.width;
    alone.height = size.height;
    return alone;
  }
  Frame frame = layout_frame(state.scene(), static_cast<int>(rooms.map.w), static_cast<int>(rooms.map.h), view,
                             measurer, layout, series);
  place_chart(frame, chart, rooms.chart.x, rooms.chart.y);
  frame.width = size.width;
  frame.height = size.height;
  // What an export checks of a chart (the window does not refuse, it shows what fits).
  frame.rows = chart.rows;
  return frame;
}

}  // namespace

LayoutOptions window_layout(const LayoutOptions& chosen, bool panel_visible) {
  LayoutOptions options = chosen;
  if (panel_visible) options.show_locator = false;
  return options;
}

bool FrameCache::fits(const MapState& state, PixelSize size, const LayoutOptions& layout, const SeriesPlace& series,
                      ChartPlace place) const {
  return valid_ && revision_ == state.revision() && size_ == size && layout_ == layout && series_ == series &&
         place_ == place && laid_first_row_ == first_row_;
}

const Frame& FrameCache::frame_for(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible, const SeriesPlace& series, ChartPlace place) {
  const MapView& view = state.view();
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  if (state.spec().view != scrolled_view_) {  // another view starts at its first row
    scrolled_view_ = state.spec().view;
    first_row_ = 0;
  }
  if (!fits(state, size, layout, series, place) || view_ != view) {
    const ViewKind kind = state.spec().view;
    if (is_panel_maps_view(kind)) {
      const int chart_w = static_cast<int>(chart_rooms(size.width, size.height, panel_visible, ChartPlace::slide).chart.w);
      panel_maps_ = layout_panel_maps_frame(state, size, chart_w, view, layout, series, measurer);
      frame_ = panel_maps_.frame;
    } else {
      panel_maps_ = {};
      frame_ = is_chart_view(kind) ? chart_frame(state, size, measurer, panel_visible, view, layout, series, place, first_row_)
                                   : layout_frame(state.scene(), size.width, size.height, view, measurer, layout, series);
    }
    // A map frame draws the slide counter itself; charts and side-by-side maps get it here.
    if (!series.counter.empty() && (is_chart_view(kind) || kind == ViewKind::multiples))
      layout::add_frame_counter(series.counter, frame_, layout::Metrics(size.width, size.height, layout.text_size),
                                measurer);
    laid_first_row_ = first_row_;
    valid_ = true;
    revision_ = state.revision();
    size_ = size;
    view_ = view;
    layout_ = layout;
    series_ = series;
    place_ = place;
    ++layouts_;
  }
  return frame_;
}

const Frame* FrameCache::laid_out_for_any_view(const MapState& state, PixelSize size, bool panel_visible,
                                               const SeriesPlace& series, ChartPlace place) const {
  return fits(state, size, window_layout(state.layout(), panel_visible), series, place) ? &frame_ : nullptr;
}

PixelRect FrameCache::map_viewport(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                   bool panel_visible, const SeriesPlace& series, ChartPlace place) const {
  const LayoutOptions layout = window_layout(state.layout(), panel_visible);
  if (fits(state, size, layout, series, place) || is_chart_view(state.spec().view) || is_panel_maps_view(state.spec().view))
    return frame_.map_viewport;
  return hgm::map_viewport(state.scene(), size.width, size.height, measurer, layout, series.reserve);
}

}  // namespace hgm::app
