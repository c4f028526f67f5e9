#pragma once
// Frame polygons and lines prepared for the coverage passes (gl/coverage_layer.h). Each
// batch of one colour is drawn into a coverage layer, which is then laid over the frame
// in that colour: lines as the union of round-capped segments (merged by maximum, so
// joins and crossings never darken), polygons by exact area coverage summed from their
// boundary edges (anti-aliased without multisampling, interiors exactly the colour).
// Items of one colour share a batch unless that would change what is drawn over what,
// and a batch clears and lays over only the frame tiles its items can touch (merged into
// a few rectangles), so a hundred short leader lines on a 3840x2160 frame cost about
// their own pixels, not a hundred full frames. No OpenGL here: the layer uploads what
// these functions build.
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/layout/frame.h"
#include "render/frame_shapes.h"

namespace hgm::render {

inline constexpr int kCoverageTileSize = 16;  // pixels

// Tile columns [x0, x1) and rows [y0, y1) of a TileGrid.
struct TileSpan {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x0 >= x1 || y0 >= y1; }
};

// The frame cut into square tiles, row by row from the top-left.
class TileGrid {
 public:
  TileGrid(int width, int height, int tile_size = kCoverageTileSize);
  int columns() const { return columns_; }
  int rows() const { return rows_; }
  int tile_size() const { return tile_size_; }
  int width() const { return width_; }
  int height() const { return height_; }
  // The tiles that the pixel box [x0, x1] x [y0, y1] touches; empty if it misses the frame.
  TileSpan span(double x0, double y0, double x1, double y1) const;
  // Appends, one span per tile row, the tiles that come within `margin` pixels of the
  // convex polygon `corners` (finite, in order around it).
  void convex_spans(const std::vector<hgm::Vec2>& corners, double margin, std::vector<TileSpan>& out) const;

 private:
  int width_, height_, tile_size_, columns_, rows_;
};

// Sorts items, given in draw order, into batches of one colour each. An item joins the
// latest batch of its colour unless a batch after that one touches one of the item's
// tiles (the item must be drawn over that batch, so it starts a new one).
class CoverageBatcher {
 public:
  struct Batch {
    hgm::Color color;
    std::vector<std::size_t> items;    // in draw order
    std::vector<std::uint32_t> tiles;  // row * columns + column, each once
  };

  explicit CoverageBatcher(const TileGrid& grid);
  // Returns the number of the batch the item went to.
  std::size_t add(std::size_t item, hgm::Color color, const std::vector<TileSpan>& spans);
  const std::vector<Batch>& batches() const { return batches_; }

 private:
  const TileGrid& grid_;
  std::vector<Batch> batches_;
  std::vector<std::int64_t> last_batch_;  // per tile: the latest batch touching it, -1 none
  std::unordered_map<std::uint32_t, std::size_t> latest_of_color_;  // RGBA -> latest batch
};

// A round-capped line segment in pixels. Its coverage at distance d is
// clamp(half_width + 0.5 - d, 0, 1) * fade (shaders/segment_coverage.frag).
struct CoverageSegment {
  float x0, y0, x1, y1;
  float half_width;
  float fade;
};

// A directed polygon boundary edge in pixels. Each pixel left of it and within its rows
// receives the signed area of the pixel left of the edge (shaders/edge_area.frag); the
// sums over a polygon's edges are its coverage. `left`: the polygon's leftmost pixel x.
struct CoverageEdge {
  float x0, y0, x1, y1;
  float left;
};

// A rectangle of tiles in pixels, cut to the frame; a batch's rectangles together are
// exactly its tiles.
struct TileRect {
  float x, y, w, h;
};

// A batch holds segments (a line batch) or edges (a polygon batch).
struct CoverageBatch {
  hgm::Color color;
  std::size_t first_segment = 0, segment_count = 0;
  std::size_t first_edge = 0, edge_count = 0;
  std::size_t first_rect = 0, rect_count = 0;
  std::size_t tile_count = 0;
};

struct CoverageGeometry {
  std::vector<CoverageSegment> segments;
  std::vector<CoverageEdge> edges;
  std::vector<TileRect> rects;
  std::vector<CoverageBatch> batches;
};

// Merges tiles (row * columns + column, each once) into few rectangles: runs along rows,
// stacked where consecutive rows have the same run. Deterministic, in row order.
std::vector<TileRect> merge_tiles(const TileGrid& grid, std::vector<std::uint32_t> tiles);

// Visible frame lines (as frame_walk hands them) in a width x height frame: every segment
// a capsule of the line's width (round caps and joins). Lines thinner than a pixel are
// drawn a pixel wide and fainter, like the map outlines.
CoverageGeometry build_line_coverage(const Items<hgm::FrameLine>& lines, int width, int height,
                                     int tile_size = kCoverageTileSize);

// Anti-aliased frame polygons (as frame_walk hands them): the boundary edges of their
// meshes, cut to the width x height frame.
CoverageGeometry build_polygon_coverage(const Items<hgm::FramePolygon>& polygons, int width, int height,
                                        int tile_size = kCoverageTileSize);

}  // namespace hgm::render
