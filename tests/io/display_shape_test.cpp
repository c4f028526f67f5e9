// Official boundaries with a million points draw from a shape simplified once for display,
// while the exact shape stays for picking and measuring.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "io/display_shape.h"
#include "io/geos_shapes.h"

namespace hgm::io {
namespace {

// A 10 km square whose sides are digitised every few centimetres: 200,000 points in a line.
Ring dense_square(std::size_t per_side) {
  const Vec2 corners[] = {{0, 0}, {10'000, 0}, {10'000, 10'000}, {0, 10'000}};
  Ring ring;
  for (int side = 0; side < 4; ++side) {
    const Vec2 a = corners[side], b = corners[(side + 1) % 4];
    for (std::size_t i = 0; i < per_side; ++i) {
      const double t = static_cast<double>(i) / static_cast<double>(per_side);
      ring.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
    }
  }
  return ring;
}

TEST(DisplayShape, ADenselyDigitisedDistrictDrawsFromItsCornersAndKeepsEveryPointForPicking) {
  DistrictGeometry g;
  g.exact = {Polygon{dense_square(50'000), {}}};
  anchor_label(g);
  simplify_for_display(g, display_tolerance(bounds_of(g.exact)));
  ASSERT_EQ(g.exact.front().outer.size(), 200'000u);
  ASSERT_EQ(g.shape.size(), 1u);
  EXPECT_EQ(g.shape.front().outer.size(), 4u);
  EXPECT_EQ(g.mesh.get().indices.size(), 6u);  // two triangles
  EXPECT_DOUBLE_EQ(std::fabs(signed_area(g.shape.front().outer)), 1e8);
  EXPECT_NEAR(g.label_anchor.x, 5'000, 20);
  EXPECT_NEAR(g.label_anchor.y, 5'000, 20);
  EXPECT_NEAR(g.inscribed_radius, 5'000, 20);
  EXPECT_DOUBLE_EQ(g.extent.max_x, 10'000);
}

TEST(DisplayShape, DetailLargerThanTheToleranceStays) {
  // A 10 km square with a 5 m notch in one side: 1/2000 of the extent, far above the tolerance.
  Ring ring = {{0, 0}, {5'000, 0}, {5'000, 5}, {5'005, 5}, {5'005, 0}, {10'000, 0}, {10'000, 10'000}, {0, 10'000}};
  DistrictGeometry g;
  g.exact = {Polygon{ring, {}}};
  simplify_for_display(g, display_tolerance(bounds_of(g.exact)));
  EXPECT_EQ(g.shape.front().outer.size(), ring.size());
}

TEST(DisplayShape, ASimplificationThatWouldCrossItselfIsKeptValid) {
  // A thin spike whose two sides Douglas–Peucker, at this tolerance, would pull across each other.
  Ring ring = {{0, 0}, {100, 0}, {100, 50}, {52, 50}, {50.4, 90}, {50.6, 49.9}, {49.5, 90.1}, {48, 50}, {0, 50}};
  const MultiPolygon simple = simplify_valid({Polygon{ring, {}}}, 1.0);
  ASSERT_EQ(simple.size(), 1u);
  EXPECT_GE(simple.front().outer.size(), 4u);
  EXPECT_NO_THROW(triangulate(simple));
}

// The command line draws on the CPU and never fills triangles: its districts' triangles
// wait until asked for, and are then the ones the window's load makes at once.
TEST(DisplayShape, TrianglesWaitUntilAskedForAndAreThenTheSame) {
  DistrictGeometry now, later;
  now.exact = later.exact = {Polygon{dense_square(1'000), {}}};
  simplify_for_display(now, display_tolerance(bounds_of(now.exact)), Triangles::now);
  simplify_for_display(later, display_tolerance(bounds_of(later.exact)), Triangles::when_drawn);
  EXPECT_TRUE(now.mesh.made());
  EXPECT_FALSE(later.mesh.made());
  const DistrictGeometry copy = later;  // a scene's copy shares the work
  EXPECT_EQ(copy.mesh.get().indices.size(), 6u);
  EXPECT_TRUE(later.mesh.made());
  EXPECT_EQ(later.mesh.get().vertices, now.mesh.get().vertices);
  EXPECT_EQ(later.mesh.get().indices, now.mesh.get().indices);
}

// A shape GEOS does not find valid (this bow tie crosses itself) is triangulated while
// loading even then: GEOS cannot, and the load says so (ShapePreparer::finish then leaves it
// out with a warning naming the feature), as when every shape is triangulated at once.
TEST(DisplayShape, AShapeThatCannotBeTriangulatedIsFoundWhileLoading) {
  DistrictGeometry g;
  g.exact = {Polygon{{{0, 0}, {10'000, 10'000}, {10'000, 0}, {0, 10'000}}, {}}};
  EXPECT_THROW(simplify_for_display(g, display_tolerance(bounds_of(g.exact)), Triangles::when_drawn), DataError);
}

}  // namespace
}  // namespace hgm::io
