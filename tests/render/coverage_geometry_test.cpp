// What frame shapes turn into before any OpenGL: visibility of rects and texts, the map
// viewport in whole pixels, cleaned points, triangles, boundaries, tiles and batches. No
// GL context needed.
#include "render/coverage_geometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "frame_coverage.h"
#include "render/frame_shapes.h"

namespace hgm::render {
namespace {

const hgm::Color kRed{200, 0, 0, 255};
const hgm::Color kBlue{0, 0, 200, 255};
const double kNan = std::numeric_limits<double>::quiet_NaN();

hgm::Frame frame_of(int width, int height) {
  hgm::Frame frame;
  frame.width = width;
  frame.height = height;
  return frame;
}

hgm::FramePolygon square_with_hole() {
  // Outer 0..3 = (0,0) (100,0) (100,100) (0,100); hole 4..7 = (30,30) (70,30) (70,70) (30,70).
  hgm::FramePolygon p;
  p.mesh.vertices = {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {30, 30}, {70, 30}, {70, 70}, {30, 70}};
  p.mesh.indices = {0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
  p.fill = kRed;
  return p;
}

TEST(FrameShapes, LinePointsDropRepeatsAndNonFinitePoints) {
  const hgm::FrameLine l{{{1, 1}, {1, 1}, {kNan, 2}, {3, 1}, {3, 1}, {1, 1}}, 2, kRed, true};
  const auto points = line_points(l);
  ASSERT_EQ(points.size(), 2u);  // the closing repeat of the first point goes too
  EXPECT_EQ(points[1].x, 3);
  EXPECT_TRUE(line_is_visible(l));
  EXPECT_FALSE(line_is_visible({{{1, 1}, {1, 1}}, 2, kRed, false}));
  EXPECT_FALSE(line_is_visible({{{1, 1}, {5, 1}}, 0, kRed, false}));
  EXPECT_FALSE(line_is_visible({{{1, 1}, {5, 1}}, 2, {200, 0, 0, 0}, false}));
}

TEST(FrameShapes, RectsWithNanOrEmptySizesAreInvisible) {
  const hgm::AreaStyle fill{kRed, hgm::FillPattern::solid, {}};
  const hgm::FrameRect plain{{10, 10, 50, 20}, fill, {0, 0, 0, 0}, 0};
  EXPECT_TRUE(rect_is_visible(plain));
  EXPECT_FALSE(rect_is_stroked(plain));
  for (const hgm::PixelRect bad : {hgm::PixelRect{10, 10, kNan, 20}, hgm::PixelRect{10, 10, 50, kNan},
                                   hgm::PixelRect{kNan, 10, 50, 20}, hgm::PixelRect{10, kNan, 50, 20},
                                   hgm::PixelRect{10, 10, 0, 20}, hgm::PixelRect{10, 10, 50, -1},
                                   hgm::PixelRect{10, 10, std::numeric_limits<double>::infinity(), 20}}) {
    hgm::FrameRect r = plain;
    r.rect = bad;
    EXPECT_FALSE(rect_is_visible(r)) << bad.x << " " << bad.y << " " << bad.w << " " << bad.h;
  }
  // No fill: visible only through a stroke of a visible colour and a positive width.
  hgm::FrameRect outline{{10, 10, 50, 20}, {{0, 0, 0, 0}, hgm::FillPattern::solid, {}}, kBlue, 1};
  EXPECT_TRUE(rect_is_visible(outline));
  EXPECT_TRUE(rect_is_stroked(outline));
  outline.stroke_width = kNan;
  EXPECT_FALSE(rect_is_stroked(outline));
  EXPECT_FALSE(rect_is_visible(outline));
  outline.stroke_width = 1;
  outline.stroke.a = 0;
  EXPECT_FALSE(rect_is_visible(outline));
}

TEST(FrameShapes, TextNeedsCharactersASizeAndInkOrHalo) {
  const hgm::FrameText text{"Hà Giang", 10, 20, 12, {0, 0, 0, 255}, {255, 255, 255, 0}, 3};
  EXPECT_TRUE(text_is_visible(text));
  EXPECT_EQ(text_halo_px(text), 0);  // the halo colour is transparent
  hgm::FrameText t = text;
  t.utf8.clear();
  EXPECT_FALSE(text_is_visible(t));
  for (const double size : {0.0, -1.0, kNan}) {
    t = text;
    t.size_px = size;
    EXPECT_FALSE(text_is_visible(t)) << size;
  }
  t = text;
  t.x = kNan;
  EXPECT_FALSE(text_is_visible(t));
  // No ink: visible only through a halo of a visible colour and a positive width.
  t = text;
  t.color.a = 0;
  EXPECT_FALSE(text_is_visible(t));
  t.halo.a = 200;
  EXPECT_TRUE(text_is_visible(t));
  EXPECT_EQ(text_halo_px(t), 3);
  t.halo_px = 0;
  EXPECT_FALSE(text_is_visible(t));
  t.halo_px = kNan;
  EXPECT_FALSE(text_is_visible(t));
}

TEST(FrameShapes, MapViewportIsRoundedAndClampedToTheFrame) {
  hgm::Frame frame = frame_of(800, 400);
  frame.map_viewport = {10.4, 20.5, 100.2, 50};
  PixelBox box = map_viewport_box(frame);
  EXPECT_EQ(box.left, 10);
  EXPECT_EQ(box.top, 21);  // halves round away from zero
  EXPECT_EQ(box.right, 111);
  EXPECT_EQ(box.bottom, 71);
  EXPECT_EQ(box.width(), 101);
  EXPECT_EQ(box.height(), 50);
  frame.map_viewport = {-50, -1e300, 2000, std::numeric_limits<double>::infinity()};
  box = map_viewport_box(frame);
  EXPECT_EQ(box.left, 0);
  EXPECT_EQ(box.top, 0);
  EXPECT_EQ(box.right, 800);
  EXPECT_EQ(box.bottom, 400);
  for (const hgm::PixelRect bad : {hgm::PixelRect{kNan, 0, 100, 100}, hgm::PixelRect{0, 0, kNan, 100},
                                   hgm::PixelRect{0, kNan, 100, 100}, hgm::PixelRect{0, 0, 100, kNan},
                                   hgm::PixelRect{900, 0, 100, 100}, hgm::PixelRect{0, 0, 100, -5}}) {
    frame.map_viewport = bad;
    EXPECT_TRUE(map_viewport_box(frame).empty()) << bad.x << " " << bad.y << " " << bad.w << " " << bad.h;
  }
}

TEST(FrameShapes, PatternLinesAreClamped) {
  hgm::Frame frame;
  frame.pattern_spacing_px = 12.5;
  frame.pattern_line_px = 3;
  EXPECT_EQ(pattern_lines(frame).spacing, 12.5);
  EXPECT_EQ(pattern_lines(frame).width, 3);
  frame.pattern_spacing_px = 0.2;
  frame.pattern_line_px = -1;
  EXPECT_EQ(pattern_lines(frame).spacing, 1);
  EXPECT_EQ(pattern_lines(frame).width, 0);
  frame.pattern_spacing_px = kNan;
  frame.pattern_line_px = kNan;
  EXPECT_EQ(pattern_lines(frame).spacing, 1);
  EXPECT_EQ(pattern_lines(frame).width, 0);
}

TEST(FrameShapes, PolygonTrianglesSkipBadOnes) {
  hgm::FramePolygon p;
  p.mesh.vertices = {{0, 0}, {10, 0}, {0, 10}, {5, 0}, {kNan, 1}};
  p.mesh.indices = {0, 1, 2, 0, 3, 1, 0, 1, 4, 0, 1, 7, 2};
  p.fill = kRed;
  EXPECT_EQ(polygon_triangles(p).size(), 1u);
  p.fill.a = 0;
  EXPECT_TRUE(polygon_triangles(p).empty());
}

TEST(FrameShapes, BoundaryOfAMeshWithAHole) {
  const auto triangles = polygon_triangles(square_with_hole());
  ASSERT_EQ(triangles.size(), 8u);
  EXPECT_EQ(boundary_edges(triangles).size(), 8u);  // 4 outer + 4 hole, inner diagonals shared
  const auto rings = boundary_rings(triangles);
  ASSERT_EQ(rings.size(), 2u);
  EXPECT_EQ(rings[0].size(), 4u);
  EXPECT_EQ(rings[1].size(), 4u);
  // Even-odd over the rings is the polygon.
  auto inside = [&](hgm::Vec2 p) {
    int crossings = 0;
    for (const auto& ring : rings) crossings += hgm::point_in_ring(p, ring) ? 1 : 0;
    return crossings % 2 == 1;
  };
  EXPECT_TRUE(inside({10, 10}));
  EXPECT_FALSE(inside({50, 50}));
  EXPECT_FALSE(inside({150, 50}));
}

TEST(FrameShapes, RepeatedVerticesStillShareEdges) {
  hgm::FramePolygon p;  // two triangles of a square, each with its own copies of the corners
  p.mesh.vertices = {{0, 0}, {10, 0}, {10, 10}, {0, 0}, {10, 10}, {0, 10}};
  p.mesh.indices = {0, 1, 2, 3, 4, 5};
  p.fill = kRed;
  EXPECT_EQ(boundary_edges(polygon_triangles(p)).size(), 4u);
  EXPECT_EQ(boundary_rings(polygon_triangles(p)).size(), 1u);
}

TEST(TileGrid, SpansAreClampedToTheFrame) {
  const TileGrid grid(100, 70, 32);
  EXPECT_EQ(grid.columns(), 4);
  EXPECT_EQ(grid.rows(), 3);
  const TileSpan s = grid.span(-10, 31, 33, 40);
  EXPECT_EQ(s.x0, 0);
  EXPECT_EQ(s.x1, 2);
  EXPECT_EQ(s.y0, 0);
  EXPECT_EQ(s.y1, 2);
  EXPECT_TRUE(grid.span(100, 0, 200, 10).empty());
  EXPECT_TRUE(grid.span(-50, -50, -1, -1).empty());
  EXPECT_TRUE(grid.span(kNan, 0, 10, 10).empty());
  const TileSpan all = grid.span(-1e300, -1e300, 1e300, 1e300);
  EXPECT_EQ(all.x1, 4);
  EXPECT_EQ(all.y1, 3);
}

TEST(CoverageBatcher, SameColourSharesABatchUnlessSomethingIsBetween) {
  const TileGrid grid(320, 320, 32);
  CoverageBatcher batcher(grid);
  EXPECT_EQ(batcher.add(0, kRed, {grid.span(0, 0, 10, 10)}), 0u);
  EXPECT_EQ(batcher.add(1, kBlue, {grid.span(100, 100, 110, 110)}), 1u);
  EXPECT_EQ(batcher.add(2, kRed, {grid.span(200, 200, 210, 210)}), 0u);   // nothing blue there
  EXPECT_EQ(batcher.add(3, kRed, {grid.span(105, 105, 120, 120)}), 2u);   // must cover the blue
  EXPECT_EQ(batcher.add(4, kBlue, {grid.span(5, 5, 8, 8)}), 1u);          // the blue is over the red already
  EXPECT_EQ(batcher.add(5, kRed, {grid.span(300, 0, 310, 10)}), 2u);
  EXPECT_EQ(batcher.add(6, kRed, {grid.span(0, 0, 8, 8)}), 2u);            // over the blue of item 4
  EXPECT_EQ(batcher.add(7, kBlue, {grid.span(100, 100, 101, 101)}), 3u);   // over item 3's red
  ASSERT_EQ(batcher.batches().size(), 4u);
  EXPECT_EQ(batcher.batches()[0].items, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(batcher.batches()[0].tiles.size(), 2u);
  EXPECT_EQ(batcher.batches()[1].items, (std::vector<std::size_t>{1, 4}));
  EXPECT_EQ(batcher.batches()[2].items, (std::vector<std::size_t>{3, 5, 6}));
}

TEST(CoverageBatcher, TilesOfOneBatchAreListedOnce) {
  const TileGrid grid(320, 320, 32);
  CoverageBatcher batcher(grid);
  batcher.add(0, kRed, {grid.span(0, 0, 40, 40), grid.span(20, 20, 70, 30)});
  batcher.add(1, kRed, {grid.span(0, 0, 5, 5)});
  EXPECT_EQ(batcher.batches()[0].tiles.size(), 5u);  // (0..1)x(0..1) and (2,0)
}

TEST(LineCoverage, SegmentsCarryWidthAndSkipDegenerateLines) {
  hgm::Frame frame = frame_of(400, 300);
  frame.lines.push_back({{{10, 10}}, 3, kRed, false});                          // one point
  frame.lines.push_back({{{10, 10}, {50, 10}}, 0, kRed, false});                // no width
  frame.lines.push_back({{{10, 10}, {50, 10}}, 3, {1, 2, 3, 0}, false});        // transparent
  frame.lines.push_back({{{-900, -900}, {-800, -900}}, 3, kRed, false});        // off the frame
  frame.lines.push_back({{{10, 10}, {50, 10}, {50, 50}}, 3, kRed, true});       // a triangle
  frame.lines.push_back({{{10, 100}, {50, 100}}, 0.5, kRed, false});            // thin
  const CoverageGeometry g = test::line_coverage(frame);
  ASSERT_EQ(g.batches.size(), 1u);
  ASSERT_EQ(g.segments.size(), 4u);
  EXPECT_FLOAT_EQ(g.segments[0].half_width, 1.5f);
  EXPECT_FLOAT_EQ(g.segments[0].fade, 1.0f);
  EXPECT_FLOAT_EQ(g.segments[2].x1, 10.0f);  // the closing segment
  EXPECT_FLOAT_EQ(g.segments[3].half_width, 0.5f);
  EXPECT_FLOAT_EQ(g.segments[3].fade, 0.5f);
  double area = 0;
  for (const TileRect& r : g.rects) area += r.w * r.h;
  EXPECT_EQ(area, g.batches[0].tile_count * kCoverageTileSize * kCoverageTileSize);
  EXPECT_LT(g.batches[0].tile_count, 40u);  // the triangle's sides, not its bounding box
}

TEST(LineCoverage, LongSegmentsAreClippedNearTheFrame) {
  hgm::Frame frame = frame_of(400, 300);
  frame.lines.push_back({{{-1e9, 100}, {1e9, 100}}, 2, kRed, false});
  const CoverageGeometry g = test::line_coverage(frame);
  ASSERT_EQ(g.segments.size(), 1u);
  EXPECT_GT(g.segments[0].x0, -10.0f);
  EXPECT_LT(g.segments[0].x1, 410.0f);
  EXPECT_EQ(g.batches[0].tile_count, 25u);  // one row of 25 columns
  ASSERT_EQ(g.rects.size(), 1u);
  EXPECT_EQ(g.rects[0].x, 0);
  EXPECT_EQ(g.rects[0].y, 96);
  EXPECT_EQ(g.rects[0].w, 400);
  EXPECT_EQ(g.rects[0].h, 16);
}

TEST(PolygonCoverage, PlainPolygonsAreLeftToThePlainPass) {
  hgm::Frame frame = frame_of(400, 300);
  hgm::FramePolygon plain = square_with_hole();
  plain.antialias = false;
  frame.polygons.push_back(plain);
  EXPECT_TRUE(test::polygon_coverage(frame).batches.empty());
  frame.polygons.push_back(square_with_hole());
  EXPECT_EQ(test::polygon_coverage(frame).batches.size(), 1u);
}

TEST(PolygonCoverage, BoundaryEdgesThatCrossRows) {
  hgm::Frame frame = frame_of(400, 300);
  frame.polygons.push_back(square_with_hole());
  frame.polygons.push_back({});
  const CoverageGeometry g = test::polygon_coverage(frame);
  ASSERT_EQ(g.batches.size(), 1u);
  ASSERT_EQ(g.batches[0].edge_count, 4u);  // the vertical sides of the square and the hole
  EXPECT_EQ(g.batches[0].segment_count, 0u);
  // 0..102 px: 7 x 7 tiles of 16, less the one wholly inside the hole.
  EXPECT_EQ(g.batches[0].tile_count, 48u);
  EXPECT_EQ(g.rects.size(), 4u);
  // One winding: the outer left side and the hole's left side run opposite ways.
  float outer_left = 0, hole_left = 0;
  for (const CoverageEdge& e : g.edges) {
    EXPECT_FLOAT_EQ(e.left, 0.0f);
    if (e.x0 == 0) outer_left = e.y1 - e.y0;
    if (e.x0 == 30) hole_left = e.y1 - e.y0;
  }
  EXPECT_EQ(std::abs(outer_left), 100.0f);
  EXPECT_EQ(std::abs(hole_left), 40.0f);
  EXPECT_LT(outer_left * hole_left, 0.0f);
}

TEST(PolygonCoverage, EdgesAreCutToTheFrame) {
  hgm::Frame frame = frame_of(400, 300);
  hgm::FramePolygon p;  // a triangle reaching far beyond every side
  p.mesh.vertices = {{-1e6, -1e6}, {1e6, 150}, {-1e6, 1e6}};
  p.mesh.indices = {0, 1, 2};
  p.fill = kRed;
  frame.polygons.push_back(p);
  const CoverageGeometry g = test::polygon_coverage(frame);
  ASSERT_EQ(g.batches.size(), 1u);
  for (const CoverageEdge& e : g.edges) {
    for (const float v : {e.x0, e.x1}) {
      EXPECT_GE(v, -1.0f);
      EXPECT_LE(v, 401.0f);
    }
    for (const float v : {e.y0, e.y1}) {
      EXPECT_GE(v, -1.0f);
      EXPECT_LE(v, 301.0f);
    }
    EXPECT_FLOAT_EQ(e.left, -1.0f);
  }
  EXPECT_EQ(g.batches[0].tile_count, 475u);  // the whole frame: 25 x 19 tiles
  ASSERT_EQ(g.rects.size(), 1u);
  EXPECT_EQ(g.rects[0].w, 400);
  EXPECT_EQ(g.rects[0].h, 300);  // the last row of tiles is cut to the frame
}

TEST(MergeTiles, RunsAlongRowsStackedWhereTheyMatch) {
  const TileGrid grid(100, 100, 10);
  // Rows 0 to 2: columns 2..4; row 2 also column 7; row 4: columns 0 and 4.
  const std::vector<std::uint32_t> tiles = {44, 40, 2, 3, 4, 12, 13, 14, 22, 23, 24, 27};
  const std::vector<TileRect> rects = merge_tiles(grid, tiles);
  ASSERT_EQ(rects.size(), 4u);
  EXPECT_EQ(rects[0].x, 20);
  EXPECT_EQ(rects[0].y, 0);
  EXPECT_EQ(rects[0].w, 30);
  EXPECT_EQ(rects[0].h, 30);
  EXPECT_EQ(rects[1].x, 70);
  EXPECT_EQ(rects[1].y, 20);
  EXPECT_EQ(rects[2].x, 0);
  EXPECT_EQ(rects[2].y, 40);
  EXPECT_EQ(rects[2].w, 10);
  EXPECT_EQ(rects[3].x, 40);
}

TEST(MergeTiles, RowsWithAGapAreNotStacked) {
  const TileGrid grid(100, 100, 10);
  const std::vector<TileRect> rects = merge_tiles(grid, {1, 21});
  ASSERT_EQ(rects.size(), 2u);
  EXPECT_EQ(rects[1].y, 20);
  EXPECT_EQ(rects[1].h, 10);
}

TEST(TileGrid, ConvexSpansFollowASlantedQuad) {
  const TileGrid grid(400, 400, 10);
  std::vector<TileSpan> spans;
  grid.convex_spans({{0, 0}, {100, 100}, {100, 102}, {0, 2}}, 0, spans);  // a thin diagonal band
  ASSERT_EQ(spans.size(), 11u);
  for (const TileSpan& s : spans) EXPECT_LE(s.x1 - s.x0, 3);  // the band's own and its neighbours
}

}  // namespace
}  // namespace hgm::render
