#pragma once
#include <vector>

#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"

namespace hgm::layout {

// District names inside their polygons, at the pole of inaccessibility, never overlapping
// each other or `placed` (legend, inset, scale bar…). A district too small for its name
// (the city, enclosed by Vị Xuyên) gets it outside, joined by a leader line.
void place_labels(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m, std::vector<Box>& placed);

}  // namespace hgm::layout
