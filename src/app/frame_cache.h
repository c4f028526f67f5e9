#pragma once
// The laid-out Frame on screen, recomputed only when the window size, the view, the scene,
// the shown map elements or the panel's visibility changed (layout measures every label,
// so it is not free).
#include <cstddef>
#include <cstdint>

#include "app/chart_rooms.h"
#include "app/map_state.h"
#include "app/panel_maps_frame.h"
#include "app/platform/sdl_window.h"
#include "core/layout/frame.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"

namespace hgm::app {

// The window draws the export's layout with the elements the user chose. While the side
// panel is shown it takes the place of the locator inset (under the legend), so the
// locator is left out then; with the panel hidden the window shows exactly what
// `hagiang-map export` writes with the same elements.
LayoutOptions window_layout(const LayoutOptions& chosen, bool panel_visible);

class FrameCache {
 public:
  // `measurer` must be the font the renderer draws with, so layout and drawing agree.
  // `series`: a presentation's fixed room and slide counter (none otherwise). `place`:
  // whether a chart view is drawn beside the map (one frame holding both) or alone.
  const Frame& frame_for(const MapState& state, PixelSize size, const TextMeasurer& measurer, bool panel_visible,
                         const SeriesPlace& series = {}, ChartPlace place = ChartPlace::beside_map);
  // The map's viewport for the same arguments without laying out a frame: the viewport
  // does not depend on the view, so while panning or zooming the last frame's is reused.
  PixelRect map_viewport(const MapState& state, PixelSize size, const TextMeasurer& measurer, bool panel_visible,
                         const SeriesPlace& series = {}, ChartPlace place = ChartPlace::beside_map) const;
  // The last frame laid out if it fits these arguments whatever its view, else nullptr:
  // while the map is panned or zoomed the window moves the picture of it instead.
  const Frame* laid_out_for_any_view(const MapState& state, PixelSize size, bool panel_visible,
                                     const SeriesPlace& series = {}, ChartPlace place = ChartPlace::beside_map) const;
  // A table chart (overview, profile) scrolled by the wheel: its rows from `first` (the
  // layout keeps the last row at the foot). Another view starts at the first row again.
  void scroll_rows_to(std::size_t first) { first_row_ = first; }
  // What the last multiples or change frame was drawn from (empty for other views).
  const PanelMapsFrame& panel_maps() const { return panel_maps_; }
  // How many frames were laid out so far (each cache miss is one).
  std::uint64_t layouts() const { return layouts_; }

 private:
  // The cached frame was laid out for this scene, size and layout (any view).
  bool fits(const MapState& state, PixelSize size, const LayoutOptions& layout, const SeriesPlace& series,
            ChartPlace place) const;

  Frame frame_;
  PanelMapsFrame panel_maps_;  // what the multiples and change views' frame points into
  bool valid_ = false;
  std::uint64_t revision_ = 0;
  PixelSize size_;
  MapView view_;
  LayoutOptions layout_;
  SeriesPlace series_;
  ChartPlace place_ = ChartPlace::beside_map;
  std::size_t first_row_ = 0, laid_first_row_ = 0;  // asked for; the cached frame's
  ViewKind scrolled_view_ = ViewKind::map;
  std::uint64_t layouts_ = 0;
};

}  // namespace hgm::app
