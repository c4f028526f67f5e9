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

// When a shape's triangles are made (core/lazy_mesh.h). The window fills every shape with
// OpenGL triangles at once, so its load makes them in its threads (`now`). The command line
// draws on the CPU and never fills triangles (only a spotlight's veil asks for a few):
// `when_drawn` makes them then, except for a shape GEOS did not find valid, which is
// triangulated now so that one GEOS cannot triangulate is still found and reported.
enum class Triangles { now, when_drawn };

// Fills g.extent, g.label_anchor and g.inscribed_radius from g.exact. Needs nothing else of
// the layer, so each shape is anchored as soon as it is read.
void anchor_label(DistrictGeometry& g);

// Fills g.shape and g.mesh from g.exact. The simplified shape keeps every ring valid
// (checked with GEOS; where Douglas–Peucker would make a ring cross itself, GEOS's
// topology-preserving simplification is used instead). Throws hgm::DataError when the
// shape cannot be triangulated (a shape whose triangles wait is one GEOS found valid).
void simplify_for_display(DistrictGeometry& g, double tolerance, Triangles triangles = Triangles::now);

}  // namespace hgm::io
