#pragma once
// What a Frame actually draws, decided once for every backend (OpenGL, SVG) so they agree
// on degenerate input: points that are not finite, repeated points, zero or NaN sizes,
// transparent colours, bad or flat triangles, viewports partly off the frame.
#include <vector>

#include "core/layout/frame.h"

namespace hgm::render {

// Items of one layer as frame_walk hands them to a backend (and a backend to its
// passes): pointers into the frame, in list order.
template <class T>
using Items = std::vector<const T*>;

// Whole pixels [left, right) x [top, bottom) of a frame.
struct PixelBox {
  int left = 0, top = 0, right = 0, bottom = 0;
  int width() const { return right - left; }
  int height() const { return bottom - top; }
  bool empty() const { return right <= left || bottom <= top; }
  friend bool operator==(const PixelBox&, const PixelBox&) = default;
};

// The pixels in both boxes (empty when they do not meet), and the box around both (an
// empty box adds nothing).
PixelBox intersection(const PixelBox& a, const PixelBox& b);
PixelBox united(const PixelBox& a, const PixelBox& b);
// The whole pixels that something reaching from (left, top) to (right, bottom), in pixels,
// touches, `margin` more all round (an anti-aliased edge's pixel). Empty when a number is
// not finite; numbers beyond any frame are held to a billion pixels.
PixelBox pixels_covering(double left, double top, double right, double bottom, int margin = 0);

// The map viewport rounded to whole pixels (halves away from zero) and clamped to the
// frame: what the map is clipped to. Empty when any of its numbers is NaN.
PixelBox map_viewport_box(const hgm::Frame& frame);
// The same for any viewport of the frame (a panel map's).
PixelBox viewport_box(const hgm::PixelRect& viewport, const hgm::Frame& frame);

// The hatch and crosshatch lines of area patterns as drawn.
struct PatternLines {
  double spacing = 1;  // pixels between neighbouring lines: the frame's, at least 1
  double width = 0;    // line width in pixels: the frame's, or 0 if it is not positive
};
PatternLines pattern_lines(const hgm::Frame& frame);

// True when the map's outlines show: a positive width and a visible colour.
bool map_outlines_visible(const hgm::Frame& frame);

// True when the rectangle shows anything: a finite position, a positive finite size and
// a visible fill or stroke. A NaN anywhere makes it invisible.
bool rect_is_visible(const hgm::FrameRect& rect);
// True when the rectangle's edge is stroked: a visible colour and a positive finite width.
bool rect_is_stroked(const hgm::FrameRect& rect);

// The halo a text is drawn with, in pixels: its halo width when that is positive and
// finite and the halo colour is visible, else 0 (no halo).
double text_halo_px(const hgm::FrameText& text);
// True when the text shows anything: some characters at a finite position and a positive
// finite size, with visible ink or a halo.
bool text_is_visible(const hgm::FrameText& text);

// The points a FrameLine is drawn through: finite ones only, consecutive repeats removed
// and, for a closed line, a last point equal to the first dropped (closing adds it back).
std::vector<hgm::Vec2> line_points(const hgm::FrameLine& line);

// True when the line shows anything: a positive finite width, a visible colour and at
// least two distinct points.
bool line_is_visible(const hgm::FrameLine& line);

// True when the polygon may show anything: a visible fill and at least one triangle's
// indices (polygon_triangles then decides which triangles can be drawn).
bool polygon_is_visible(const hgm::FramePolygon& polygon);

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

// Every ring of a map feature's `shape` in pixels through `transform`: each polygon's
// outer ring then its holes, in order, points that are not finite dropped. For the
// vector backends, which close and fill them with the even-odd rule.
std::vector<hgm::Ring> pixel_rings(const hgm::MultiPolygon& shape, const hgm::MapTransform& transform);

// The boundary edges chained into closed rings: filled with the even-odd rule they cover
// exactly the union of the triangles (holes included), whatever the triangles' winding.
std::vector<hgm::Ring> boundary_rings(const std::vector<PixelTriangle>& triangles);

}  // namespace hgm::render
