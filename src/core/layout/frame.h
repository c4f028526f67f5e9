#pragma once
// A Scene laid out at one pixel size and view: everything a backend draws, in pixels.
// Screen, PNG and SVG backends all draw a Frame, so they cannot drift apart.
#include <string>
#include <vector>

#include "core/layout/map_view.h"
#include "core/layout/scene.h"

namespace hgm {

struct FrameRect {
  PixelRect rect;
  AreaStyle style;
  Color stroke{0, 0, 0, 0};  // alpha 0: no stroke
  double stroke_width = 0;
};

struct FrameText {
  std::string utf8;
  double x = 0, y = 0;  // left end of the baseline, pixels
  double size_px = 12;
  Color color{0, 0, 0, 255};
  Color halo{255, 255, 255, 0};  // alpha 0: no halo
  double halo_px = 0;
};

// A polyline in pixels (leader lines, scale bar, north arrow, inset outlines).
struct FrameLine {
  std::vector<Vec2> points;  // pixels
  double width = 1;          // pixels
  Color color{0, 0, 0, 255};
  bool closed = false;       // joins the last point to the first
};

// A filled shape in pixels, already triangulated (inset map areas, north arrow).
struct FramePolygon {
  TriangleMesh mesh;  // vertices in pixels
  Color fill{0, 0, 0, 255};
  // false: the edges are covered by lines drawn over them (e.g. the locator's outlines),
  // so the shape is drawn as plain triangles, much faster than with anti-aliased edges.
  // Plain polygons are drawn before anti-aliased ones; within each kind, in list order.
  bool antialias = true;
};

// Where a district is in a chart (a row of the ranking), so a front end can tell which
// district the pointer is on. Not drawn.
struct FrameDistrictArea {
  PixelRect rect;
  std::string code;       // GSO code
  std::string indicator;  // a cell's own indicator (overview, profile); empty: the view's indicator
};

// One more map in a frame (small multiples): its own scene, viewport and transform. The
// frame's outline look and hatching apply to it as to the frame's own map.
struct FrameMap {
  const Scene* scene = nullptr;
  PixelRect viewport;     // its drawing is clipped to this rectangle
  MapTransform transform;  // map units to pixels
};

struct Frame {
  int width = 0, height = 0;
  Color background;
  PixelRect map_viewport;     // map drawing is clipped to this rectangle
  MapTransform transform;     // map units to pixels
  const Scene* scene = nullptr;  // features are drawn from here with `transform`
  double outline_width_px = 1.5;
  Color outline;
  double pattern_spacing_px = 8;  // distance between hatch lines
  double pattern_line_px = 2;     // width of hatch lines
  // Drawn after the map, in this order: rectangles, polygons (plain, then anti-aliased),
  // lines, texts.
  std::vector<FrameRect> rects;
  std::vector<FramePolygon> polygons;
  std::vector<FrameLine> lines;
  std::vector<FrameText> texts;
  std::vector<FrameDistrictArea> district_areas;  // charts only; the map has its scene
  // Small multiples: maps drawn after the scene's (which is then null), in this order.
  std::vector<FrameMap> panel_maps;
  // A chart's rows, as a front end or an export needs them (one struct, so a frame that
  // holds a chart beside a map takes them over whole).
  struct ChartRows {
    // A ranking's rows: whether they all fit, and their smallest text in pixels (0: no
    // such rows). An export refuses a ranking whose rows do not all fit legibly.
    bool fit = true;
    double text_px = 0;
    // What a table chart (overview, profile) left out, as its note on the image says it;
    // empty when every row is shown. An export repeats it on the command line, followed by
    // the advice (a larger size, the command that lists them all), which is not drawn: a
    // slide on a projector has no command line.
    std::string cut_note;
    std::string cut_advice;
    // A table chart's rows on show: from `first` (0-based), `shown` of `total`. A window
    // scrolls them; an export starts at the first. All 0 for other frames.
    std::size_t first = 0, shown = 0, total = 0;
  } rows;
};

}  // namespace hgm
