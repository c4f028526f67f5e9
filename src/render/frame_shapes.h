#pragma once
// What a Frame's pixel-space lines and polygons actually draw, decided once for every
// backend (OpenGL, SVG) so they agree on degenerate input: points that are not finite,
// repeated points, zero widths, transparent colours, bad or flat triangles.
#include <vector>

#include "core/frame.h"

namespace hgm::render {

// The points a FrameLine is drawn through: finite ones only, consecutive repeats removed
// and, for a closed line, a last point equal to the first dropped (closing adds it back).
std::vector<hgm::Vec2> line_points(const hgm::FrameLine& line);

// True when the line shows anything: a positive finite width, a visible colour and at
// least two distinct points.
bool line_is_visible(const hgm::FrameLine& line);

struct PixelTriangle {
  hgm::Vec2 a, b, c;
};

// The triangles of a FramePolygon's mesh that can be drawn: indices in range, finite
// corners, non-zero area. All are turned to one winding (clockwise on screen, y down).
// Empty when the fill is fully transparent.
std::vector<PixelTriangle> polygon_triangles(const hgm::FramePolygon& polygon);

struct PixelEdge {
  hgm::Vec2 from, to;
};

// Edges that belong to an odd number of triangles, one in a proper mesh (compared by
// position, so meshes with shared or with repeated vertices both work), in the order and
// direction the triangles list them. Together they bound the union of the triangles, and
// with triangles of one winding they run one way around it (holes the other way).
std::vector<PixelEdge> boundary_edges(const std::vector<PixelTriangle>& triangles);

// The boundary edges chained into closed rings: filled with the even-odd rule they cover
// exactly the union of the triangles (holes included), whatever the triangles' winding.
std::vector<hgm::Ring> boundary_rings(const std::vector<PixelTriangle>& triangles);

}  // namespace hgm::render
