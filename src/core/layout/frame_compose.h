#pragma once
// Two views in one Frame: a chart laid out in its own room is placed beside a map laid out
// in another, so one renderer draws both and one hit-test finds a district in either.
#include "core/layout/frame.h"

namespace hgm {

// Appends what `part` draws (rectangles, polygons, lines, texts), moved by (dx, dy): the
// drawing alone, without its map or district areas (a side-by-side panel's map is placed
// by its caller).
void append_drawing(Frame& into, const Frame& part, double dx, double dy);

// Appends what `part` draws (rectangles, polygons, lines, texts) and its district areas to
// `into`, moved by (dx, dy). `part` must be a chart (no map of its own: scene null, no
// panel maps); throws std::invalid_argument otherwise, as its map would be lost.
void place_chart(Frame& into, const Frame& part, double dx, double dy);

// `chart` (as place_chart takes it) with all it draws, its district areas and its chart
// area (map_viewport) moved by (dx, dy); the rest (size, background, hatching) kept.
Frame moved_chart(const Frame& chart, double dx, double dy);

}  // namespace hgm
