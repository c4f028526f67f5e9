#include "render/coverage_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

#include "core/geometry.h"
#include "render/frame_shapes.h"

namespace hgm::render {

namespace {

// How far a segment's quad reaches beyond the segment (shaders/segment.vert: half width
// plus one pixel, along and across), with room for float rounding.
double quad_reach(double half_width) { return half_width + 1.5; }

// The corners of the quad shaders/segment.vert draws around segment ab, slightly grown.
std::vector<hgm::Vec2> segment_quad(hgm::Vec2 a, hgm::Vec2 b, double reach) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len = std::hypot(dx, dy);
  const hgm::Vec2 dir = len > 1e-9 ? hgm::Vec2{dx / len * reach, dy / len * reach} : hgm::Vec2{reach, 0};
  const hgm::Vec2 across{-dir.y, dir.x};
  return {{a.x - dir.x - across.x, a.y - dir.y - across.y},
          {b.x + dir.x - across.x, b.y + dir.y - across.y},
          {b.x + dir.x + across.x, b.y + dir.y + across.y},
          {a.x - dir.x + across.x, a.y - dir.y + across.y}};
}

// Adds the directed edge ab as seen by the pixels of a width x height frame. Rows outside
// the frame receive nothing from it, and a piece beyond a side can be moved onto that
// side without changing any frame pixel's sum: beyond the left it gives nothing, beyond
// the right it gives whole pixels. So the edge is cut to the frame's rows, pieces left of
// x = -1 are dropped and pieces right of x = width + 1 are moved onto that line; float
// coordinates stay small however far the polygon reaches.
void add_area_edge(hgm::Vec2 a, hgm::Vec2 b, double width, double height, float left,
                   std::vector<CoverageEdge>& out) {
  if (a.y == b.y) return;  // horizontal edges cover no rows
  const double dy = b.y - a.y, dx = b.x - a.x;
  const double ta = (-1 - a.y) / dy, tb = (height + 1 - a.y) / dy;
  const double t0 = std::max(0.0, std::min(ta, tb)), t1 = std::min(1.0, std::max(ta, tb));
  if (!(t0 < t1)) return;
  // Cut where the edge crosses x = -1 and x = width + 1.
  double cuts[4] = {t0, t1, t1, t1};
  int n = 1;
  if (dx != 0) {
    for (const double side : {-1.0, width + 1}) {
      const double t = (side - a.x) / dx;
      if (t > t0 && t < t1) cuts[n++] = t;
    }
  }
  if (n == 3 && cuts[2] < cuts[1]) std::swap(cuts[1], cuts[2]);
  cuts[n++] = t1;
  for (int i = 0; i + 1 < n; ++i) {
    const double u0 = cuts[i], u1 = cuts[i + 1];
    if (!(u0 < u1)) continue;
    hgm::Vec2 p{a.x + u0 * dx, a.y + u0 * dy}, q{a.x + u1 * dx, a.y + u1 * dy};
    const double middle = a.x + (u0 + u1) / 2 * dx;
    if (middle < -1) continue;
    if (middle > width + 1) p.x = q.x = width + 1;
    if (p.y == q.y) continue;
    out.push_back({static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(q.x), static_cast<float>(q.y),
                   left});
  }
}

// Geometry of every item before batching, flat, with per-item ranges.
struct ItemGeometry {
  std::vector<CoverageSegment> segments;
  std::vector<CoverageEdge> edges;
  struct Range {
    std::size_t first_segment = 0, segment_count = 0, first_edge = 0, edge_count = 0;
  };
  std::vector<Range> ranges;
};

template <typename T>
void append_range(std::vector<T>& out, const std::vector<T>& from, std::size_t first, std::size_t count) {
  out.insert(out.end(), from.begin() + static_cast<std::ptrdiff_t>(first),
             from.begin() + static_cast<std::ptrdiff_t>(first + count));
}

CoverageGeometry assemble(const TileGrid& grid, const CoverageBatcher& batcher, const ItemGeometry& items) {
  CoverageGeometry out;
  for (const CoverageBatcher::Batch& b : batcher.batches()) {
    CoverageBatch batch;
    batch.color = b.color;
    batch.first_segment = out.segments.size();
    batch.first_edge = out.edges.size();
    batch.first_rect = out.rects.size();
    for (const std::size_t item : b.items) {
      const ItemGeometry::Range& r = items.ranges[item];
      append_range(out.segments, items.segments, r.first_segment, r.segment_count);
      append_range(out.edges, items.edges, r.first_edge, r.edge_count);
    }
    const std::vector<TileRect> rects = merge_tiles(grid, b.tiles);
    out.rects.insert(out.rects.end(), rects.begin(), rects.end());
    batch.segment_count = out.segments.size() - batch.first_segment;
    batch.edge_count = out.edges.size() - batch.first_edge;
    batch.rect_count = out.rects.size() - batch.first_rect;
    batch.tile_count = b.tiles.size();
    out.batches.push_back(batch);
  }
  return out;
}

}  // namespace

TileGrid::TileGrid(int width, int height, int tile_size)
    : width_(std::max(width, 0)),
      height_(std::max(height, 0)),
      tile_size_(std::max(tile_size, 1)),
      columns_((width_ + tile_size_ - 1) / tile_size_),
      rows_((height_ + tile_size_ - 1) / tile_size_) {}

TileSpan TileGrid::span(double x0, double y0, double x1, double y1) const {
  // Compared in double before any conversion, so huge or infinite boxes are safe.
  if (!(x1 >= 0 && y1 >= 0 && x0 < width_ && y0 < height_ && x0 <= x1 && y0 <= y1)) return {};
  const double size = tile_size_;
  TileSpan s;
  s.x0 = static_cast<int>(std::floor(std::max(x0, 0.0) / size));
  s.y0 = static_cast<int>(std::floor(std::max(y0, 0.0) / size));
  s.x1 = std::min(columns_, static_cast<int>(std::floor(std::min(x1, static_cast<double>(width_)) / size)) + 1);
  s.y1 = std::min(rows_, static_cast<int>(std::floor(std::min(y1, static_cast<double>(height_)) / size)) + 1);
  return s;
}

void TileGrid::convex_spans(const std::vector<hgm::Vec2>& corners, double margin, std::vector<TileSpan>& out) const {
  if (corners.empty()) return;
  double top = corners[0].y, bottom = corners[0].y;
  for (const hgm::Vec2& c : corners) {
    top = std::min(top, c.y);
    bottom = std::max(bottom, c.y);
  }
  const TileSpan rows = span(0, top - margin, 0, bottom + margin);
  for (int row = rows.y0; row < rows.y1; ++row) {
    // The polygon's x extent within the row's band (grown by the margin): corners inside
    // the band and the points where its sides cross the band's top and bottom.
    const double y0 = row * tile_size_ - margin, y1 = (row + 1) * tile_size_ + margin;
    double left = std::numeric_limits<double>::infinity(), right = -left;
    for (std::size_t i = 0; i < corners.size(); ++i) {
      const hgm::Vec2 p = corners[i], q = corners[(i + 1) % corners.size()];
      if (p.y >= y0 && p.y <= y1) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
      }
      for (const double y : {y0, y1}) {
        if ((p.y - y) * (q.y - y) < 0) {
          const double x = p.x + (y - p.y) / (q.y - p.y) * (q.x - p.x);
          left = std::min(left, x);
          right = std::max(right, x);
        }
      }
    }
    const TileSpan s = span(left - margin, row * tile_size_, right + margin, row * tile_size_);
    if (!s.empty()) out.push_back(s);
  }
}

std::vector<TileRect> merge_tiles(const TileGrid& grid, std::vector<std::uint32_t> tiles) {
  std::sort(tiles.begin(), tiles.end());
  const auto columns = static_cast<std::uint32_t>(grid.columns());
  const auto size = static_cast<float>(grid.tile_size());
  const auto width = static_cast<float>(grid.width()), height = static_cast<float>(grid.height());
  std::vector<TileRect> rects;
  // Runs of the previous row -> the rectangle they end, to stack identical runs.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> open, next;
  std::uint32_t current_row = 0;
  for (std::size_t i = 0; i < tiles.size();) {
    const std::uint32_t row = tiles[i] / columns, first = tiles[i] % columns;
    std::size_t j = i + 1;
    while (j < tiles.size() && tiles[j] == tiles[j - 1] + 1 && tiles[j] / columns == row) ++j;
    const std::uint32_t last = tiles[j - 1] % columns;
    if (row != current_row) {
      open = row == current_row + 1 ? std::move(next) : decltype(open){};
      next.clear();
      current_row = row;
    }
    const auto run = std::pair{first, last};
    const auto found = open.find(run);
    if (found != open.end()) {
      TileRect& r = rects[found->second];
      r.h = std::min(static_cast<float>(row + 1) * size, height) - r.y;
      next[run] = found->second;
    } else {
      const float x = static_cast<float>(first) * size, y = static_cast<float>(row) * size;
      rects.push_back({x, y, std::min(static_cast<float>(last + 1) * size, width) - x,
                       std::min(static_cast<float>(row + 1) * size, height) - y});
      next[run] = rects.size() - 1;
    }
    i = j;
  }
  return rects;
}

CoverageBatcher::CoverageBatcher(const TileGrid& grid)
    : grid_(grid), last_batch_(static_cast<std::size_t>(grid.columns()) * static_cast<std::size_t>(grid.rows()), -1) {}

std::size_t CoverageBatcher::add(std::size_t item, hgm::Color color, const std::vector<TileSpan>& spans) {
  auto for_each_tile = [&](auto&& f) {
    for (const TileSpan& s : spans) {
      for (int row = s.y0; row < s.y1; ++row) {
        for (int column = s.x0; column < s.x1; ++column) {
          f(static_cast<std::uint32_t>(row * grid_.columns() + column));
        }
      }
    }
  };
  // The latest batch of this colour, unless a batch drawn after it touches the item's
  // tiles: the item has to cover that batch, so it starts a new one.
  const std::uint32_t key = static_cast<std::uint32_t>(color.r) << 24 | static_cast<std::uint32_t>(color.g) << 16 |
                            static_cast<std::uint32_t>(color.b) << 8 | color.a;
  const auto latest = latest_of_color_.find(key);
  std::int64_t chosen = latest == latest_of_color_.end() ? -1 : static_cast<std::int64_t>(latest->second);
  if (chosen >= 0) {
    bool covered_later = false;
    for_each_tile([&](std::uint32_t tile) { covered_later = covered_later || last_batch_[tile] > chosen; });
    if (covered_later) chosen = -1;
  }
  if (chosen < 0) {
    batches_.push_back({color, {}, {}});
    chosen = static_cast<std::int64_t>(batches_.size() - 1);
    latest_of_color_[key] = batches_.size() - 1;
  }
  Batch& batch = batches_[static_cast<std::size_t>(chosen)];
  batch.items.push_back(item);
  for_each_tile([&](std::uint32_t tile) {
    if (last_batch_[tile] == chosen) return;  // already in this batch
    last_batch_[tile] = chosen;
    batch.tiles.push_back(tile);
  });
  return static_cast<std::size_t>(chosen);
}

CoverageGeometry build_line_coverage(const Items<hgm::FrameLine>& lines, int width, int height, int tile_size) {
  const TileGrid grid(width, height, tile_size);
  CoverageBatcher batcher(grid);
  ItemGeometry items;
  std::vector<TileSpan> spans;
  for (const hgm::FrameLine* drawn : lines) {
    const hgm::FrameLine& line = *drawn;
    const std::vector<hgm::Vec2> points = line_points(line);
    const double half_width = std::max(line.width / 2, 0.5);
    const auto fade = static_cast<float>(std::min(line.width, 1.0));
    const double reach = quad_reach(half_width);
    ItemGeometry::Range range;
    range.first_segment = items.segments.size();
    spans.clear();
    const std::size_t n = points.size();
    const std::size_t segment_count = line.closed && n > 2 ? n : n - 1;
    for (std::size_t i = 0; i < segment_count; ++i) {
      // Cut to near the frame: keeps float coordinates small for segments that reach far outside.
      const auto clipped = clip_segment(points[i], points[(i + 1) % n], -reach, -reach, width + reach, height + reach);
      if (!clipped) continue;
      const auto [a, b] = *clipped;
      const std::size_t before = spans.size();
      grid.convex_spans(segment_quad(a, b, reach), 0, spans);
      if (spans.size() == before) continue;
      items.segments.push_back({static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x),
                                static_cast<float>(b.y), static_cast<float>(half_width), fade});
    }
    range.segment_count = items.segments.size() - range.first_segment;
    if (range.segment_count == 0) continue;
    batcher.add(items.ranges.size(), line.color, spans);
    items.ranges.push_back(range);
  }
  return assemble(grid, batcher, items);
}

CoverageGeometry build_polygon_coverage(const Items<hgm::FramePolygon>& polygons, int width, int height,
                                        int tile_size) {
  const TileGrid grid(width, height, tile_size);
  CoverageBatcher batcher(grid);
  ItemGeometry items;
  std::vector<TileSpan> spans;
  std::vector<hgm::Vec2> corners(3);
  for (const hgm::FramePolygon* drawn : polygons) {
    const hgm::FramePolygon& polygon = *drawn;
    const std::vector<PixelTriangle> triangles = polygon_triangles(polygon);
    if (triangles.empty()) continue;
    // Coverage is non-zero only within about a pixel of the triangles.
    spans.clear();
    double left = std::numeric_limits<double>::infinity();
    for (const PixelTriangle& t : triangles) {
      corners = {t.a, t.b, t.c};
      grid.convex_spans(corners, 2, spans);
      left = std::min({left, t.a.x, t.b.x, t.c.x});
    }
    if (spans.empty()) continue;
    ItemGeometry::Range range;
    range.first_edge = items.edges.size();
    const auto left_x = static_cast<float>(std::max(left, -1.0));
    for (const PixelEdge& e : boundary_edges(triangles)) {
      add_area_edge(e.from, e.to, width, height, left_x, items.edges);
    }
    range.edge_count = items.edges.size() - range.first_edge;
    if (range.edge_count == 0) continue;
    batcher.add(items.ranges.size(), polygon.fill, spans);
    items.ranges.push_back(range);
  }
  return assemble(grid, batcher, items);
}

}  // namespace hgm::render
