#pragma once
// Where a chart view (ranking, overview, profile) sits in the window: beside the map, so
// hovering and pinning link the two, or alone in the whole room (the full-window control),
// or alone without the control on a presented slide.
#include "core/layout/map_view.h"
#include "core/spec/map_spec.h"

namespace hgm::app {

enum class ChartPlace { beside_map, alone, slide };

// Where a view's chart is first shown in the window: beside the map, unless the map's room
// there (`map_room`, drawable pixels) is too narrow for a map read at the text size
// (`text_px_factor`: the preset's factor times drawable pixels per screen coordinate) — the
// projector's larger text left it a sliver at 1280×720 — and the overview (a table of
// districts × indicators, whose figures are cut beside the map) alone. The full-window
// control then moves it.
inline constexpr double kMapRoomAtLeast = 360;  // screen coordinates at text factor 1
inline ChartPlace first_chart_place(ViewKind view, const PixelRect& map_room, double text_px_factor) {
  if (view == ViewKind::overview || map_room.w < kMapRoomAtLeast * text_px_factor) return ChartPlace::alone;
  return ChartPlace::beside_map;
}

// While the panel is shown, a chart (and the map beside it) is laid out this much narrower
// than the window and the panel sits in the column left free (it would cover the chart otherwise).
inline constexpr double kChartPanelShare = 0.3;
// The chart's share of the room when beside the map (a table of districts needs more than the map).
inline constexpr double kChartBesideMapShare = 0.55;

struct ChartRooms {
  PixelRect map;      // w == 0: no map (the chart alone)
  PixelRect chart;
  PixelRect control;  // the strip above the chart for the control that moves it; w == 0 on a slide
};

// The rooms in a window `width`×`height` whose right-hand column (kChartPanelShare of the
// width) is the side panel's while `panel_visible`. Beside the map: side by side on a
// landscape window (the map left), one above the other on a portrait one (the map on top).
// `text_factor`: the interface's text scale (core/layout/text_size.h), which the control's
// strip grows with.
ChartRooms chart_rooms(int width, int height, bool panel_visible, ChartPlace place, double text_factor = 1);

}  // namespace hgm::app
