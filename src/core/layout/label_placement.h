#pragma once
#include <vector>

#include "core/layout/label_room.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"

namespace hgm::layout {

// A label outside its district, on a leader line, lies over the neighbours: fine for the one
// city among a province's districts, a clutter among hundreds of units (a national layer).
inline constexpr std::size_t kMostLabelledUnits = 30;

// More units than that: their names are thinned to what fits (smaller, centred on each
// unit, largest units first, none overlapping, the rest left out), and the layout does not
// give up furniture to name them all.
bool labels_thinned(const Scene& scene);

// District names inside their polygons, at the pole of inaccessibility, never overlapping
// each other or `placed` (legend, inset, scale bar…). A district too small for its name
// (the city, enclosed by Vị Xuyên) gets it outside, joined by a leader line. Names that do
// not fit are dropped.
void place_labels(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m, std::vector<Box>& placed,
                  LabelRoom room = LabelRoom::ample);

}  // namespace hgm::layout
