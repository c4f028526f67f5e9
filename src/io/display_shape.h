#pragma once
// From a district's exact shape (as read, in map units) to what the map draws: the shape
// simplified for display, its triangles and its label anchor.
#include "core/data/district_geometry.h"

namespace hgm::io {

// The display tolerance for boundaries spanning `extent`: about a pixel at the window's
// deepest zoom (64×), a fiftieth of one on a 4K export of the whole map, so the picture is
// the one the exact shape gives, while a densely digitised official boundary draws from
// far fewer points.
double display_tolerance(const Bounds& extent);

// Fills g.shape, g.mesh, g.label_anchor and g.inscribed_radius from g.exact. The
// simplified shape keeps every ring valid (checked with GEOS; where Douglas–Peucker would
// make a ring cross itself, GEOS's topology-preserving simplification is used instead).
// Throws hgm::DataError when the shape cannot be triangulated.
void prepare_for_display(DistrictGeometry& g, double tolerance);

}  // namespace hgm::io
