#pragma once
// The window's side-by-side maps (small multiples) and change map: laid out through the
// same functions as `export --view multiples|change` (layout_multiples_view,
// make_change_picture), at the window's size. What the frame draws from (the panels' scenes,
// the change picture) is kept beside it. A spec that cannot be drawn (no second period,
// panels too small to read) gives a frame that says why, in the room the view would take.
#include <memory>
#include <optional>
#include <vector>

#include "app/map_state.h"
#include "app/panels/district_details.h"
#include "app/platform/sdl_window.h"
#include "core/layout/frame.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"
#include "core/views/change_view.h"

namespace hgm::app {

// The views drawn here: multiples and change.
bool is_panel_maps_view(ViewKind view);

struct PanelMapsFrame {
  Frame frame;
  std::vector<std::unique_ptr<Scene>> scenes;  // multiples: the panels' maps (frame.panel_maps point into them)
  std::unique_ptr<ChangePicture> change;       // change: the map (frame.scene points into it)
};

// `chart_width`: the width the view may take (the panel covers the rest), the frame as wide
// as `size`. `view`, `layout` and `series` as for the map (the change map pans and zooms).
PanelMapsFrame layout_panel_maps_frame(const MapState& state, PixelSize size, int chart_width, const MapView& view,
                                       const LayoutOptions& layout, const SeriesPlace& series,
                                       const TextMeasurer& measurer);

// What the hover tooltip says over `district` at `pixel` of a multiples or change frame: the
// figure of the panel under the pointer (its indicator and period), or the change with
// both periods' words. nullopt when the pointer is on no panel.
std::optional<DistrictDetails> panel_maps_details(const MapState& state, const PanelMapsFrame& shown, Vec2 pixel,
                                                  int district);

}  // namespace hgm::app
