#pragma once
// Lays a Scene out at a pixel size: title, legend, labels and credits around the map.
// Sizes scale with the frame (a 3840×2160 export is not tiny text), and no text is under
// `min_text_px` (legibility.h): a frame too small for everything leaves furniture out in
// the stated order. Landscape frames put the legend on the right; portrait frames put it
// under the map.
#include <optional>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/label_room.h"
#include "core/layout/legibility.h"
#include "core/layout/spotlight.h"
#include "core/layout/text_size.h"
#include "core/layout/text_measurer.h"

namespace hgm {

namespace layout {
struct Metrics;
}

// Each element of the map can be shown or hidden. The boundary attribution is part of
// the credits and is always drawn when the credits are.
struct LayoutOptions {
  bool show_title = true;
  bool show_legend = true;
  bool show_labels = true;
  bool show_credits = true;  // the data source line (the boundary attribution is always drawn)
  bool show_scale_bar = true;
  bool show_north_arrow = true;
  bool show_locator = true;
  bool show_histogram = false;  // the values on a number line under the legend
  TextSize text_size = TextSize::laptop;
  friend bool operator==(const LayoutOptions&, const LayoutOptions&) = default;
};

// Room kept for the title block and the legend whatever the scene needs, so a series of
// maps laid out with the same reserve puts the map in the same place at the same scale.
// Zero: as much as the scene needs.
struct LayoutReserve {
  double header_h = 0;  // from the top edge to the map's top
  double legend_w = 0;  // the column right of the map (landscape)
  double legend_h = 0;  // the band under the map (portrait)
  friend bool operator==(const LayoutReserve&, const LayoutReserve&) = default;
};
// What this scene needs at this size; the reserve for many scenes is the largest of each.
LayoutReserve reserve_for(const Scene& scene, int width, int height, const TextMeasurer& measurer,
                          const LayoutOptions& options = {}, double min_text_px = layout::kLegibleTextPx);
LayoutReserve largest(const LayoutReserve& a, const LayoutReserve& b);

// The viewport the map gets at this size, so a front end can pan/zoom before layout.
PixelRect map_viewport(const Scene& scene, int width, int height, const TextMeasurer& measurer,
                       const LayoutOptions& options = {}, const LayoutReserve& reserve = {},
                       double min_text_px = layout::kLegibleTextPx);

// What a map in a series (slides of a presentation) adds to a single map's layout.
struct SeriesPlace {
  LayoutReserve reserve;  // the same for every map of the series
  std::string counter;    // "3 / 12" in the map's bottom-right corner; empty: none
  std::optional<Spotlight> spotlight;  // a district the presenter points at
  friend bool operator==(const SeriesPlace&, const SeriesPlace&) = default;
};

Frame layout_frame(const Scene& scene, int width, int height, const MapView& view,
                   const TextMeasurer& measurer, const LayoutOptions& options = {},
                   const SeriesPlace& series = {}, double min_text_px = layout::kLegibleTextPx);

// How a frame fitted its size: what gave way (in layout::kGiveWayOrder), and whether the
// map and legend are legible at all (no: an export refuses the size).
struct LegibleFit {
  std::vector<layout::GiveWay> left_out;
  bool legible = true;
};
struct LaidOutMap {
  Frame frame;
  LegibleFit fit;
};
LaidOutMap layout_map(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& measurer,
                      const LayoutOptions& options = {}, const SeriesPlace& series = {},
                      double min_text_px = layout::kLegibleTextPx);

// The same layout with the text and spacing sizes of `metrics` instead of those of
// width×height: a panel of small multiples takes its sizes from the whole frame (and the
// legible floor), not from its own small size; `labels` says whether the floor left its
// names the room they have on the single map.
Frame layout_frame_sized(const Scene& scene, int width, int height, const MapView& view, const TextMeasurer& measurer,
                         const LayoutOptions& options, const layout::Metrics& metrics,
                         layout::LabelRoom labels = layout::LabelRoom::ample);

}  // namespace hgm
