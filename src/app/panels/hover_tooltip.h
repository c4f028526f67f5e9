#pragma once
// What the pointer shows over a district: a tooltip with the figure and its provenance,
// and a thin outline around the district.
#include "app/panels/district_details.h"
#include "app/platform/imgui_layer.h"
#include "core/layout/frame.h"

namespace hgm::app {

// Over a chart, `hovered_row` (drawable pixels; `pixel_ratio` of them per screen
// coordinate) is the hovered row or cell: the tooltip goes above or below its row
// (tooltip_place.h). On the map (nullptr), beside the pointer, where Dear ImGui puts it.
void draw_district_tooltip(const DistrictDetails& details, Lang lang, const UiFonts& fonts,
                           const PixelRect* hovered_row = nullptr, double pixel_ratio = 1);

// Outlines `shape` (map units) as drawn by `frame`, clipped to its map viewport.
// `pixel_ratio` converts the frame's drawable pixels to ImGui's screen coordinates.
void draw_district_outline(const MultiPolygon& shape, const Frame& frame, double pixel_ratio);
// The same for a map drawn at `viewport` through `transform` (a panel of side-by-side maps).
void draw_district_outline(const MultiPolygon& shape, const PixelRect& viewport, const MapTransform& transform,
                           double pixel_ratio);

// Outlines where the district `code` is in a chart of `frame` (its ranking row, its
// overview or profile cells: one box around them all), as the map outlines its shape.
void mark_district_areas(const Frame& frame, const std::string& code, double pixel_ratio);

}  // namespace hgm::app
