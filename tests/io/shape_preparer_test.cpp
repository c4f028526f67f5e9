// A layer's shapes are anchored while the layer is still being read, and simplified at one
// tolerance for the whole layer once it is all read.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "io/display_shape.h"
#include "io/feature_shapes.h"

namespace hgm::io {
namespace {

// A square of side `side` at x = `left`, its bottom edge digitised every `step` metres as a
// zigzag 1 m high: detail a 10 km square keeps at its own tolerance (0.1 m).
Polygon square(double left, double side, double step) {
  Ring ring;
  int k = 0;
  for (double x = left; x < left + side; x += step) ring.push_back({x, (k++ % 2) ? 1.0 : 0.0});
  ring.push_back({left + side, 0});
  ring.push_back({left + side, side});
  ring.push_back({left, side});
  return {ring, {}};
}

TEST(ShapePreparer, ShapesAddedInAnyOrderComeOutByDistrictAnchoredAndSimplifiedAtTheLayersTolerance) {
  // 40 squares of 10 km side in a row, 400 km long: the layer's tolerance is 4 m. Each
  // square's bottom edge zigzags 1 m every 2 m, and they are added in the reverse of their
  // districts' order.
  constexpr int kSquares = 40;
  ShapePreparer preparer(Triangles::when_drawn);
  for (int i = kSquares - 1; i >= 0; --i)
    preparer.add({static_cast<std::size_t>(i), "feature " + std::to_string(i), {square(i * 10'000.0, 10'000, 2)}});
  BoundarySet set;
  bool any_dropped = false;
  preparer.finish(set, [&](const ShapeProblem&) { any_dropped = true; });

  EXPECT_FALSE(any_dropped);
  ASSERT_EQ(set.districts.size(), static_cast<std::size_t>(kSquares));
  for (int i = 0; i < kSquares; ++i) {
    const DistrictGeometry& g = set.districts[static_cast<std::size_t>(i)];
    ASSERT_EQ(g.district, static_cast<std::size_t>(i));
    EXPECT_EQ(g.exact.front().outer.size(), 5'003u);
    EXPECT_EQ(g.shape.front().outer.size(), 4u) << "square " << i << " was not simplified at the layer's tolerance";
    EXPECT_NEAR(g.label_anchor.x, i * 10'000.0 + 5'000, 20);
    EXPECT_NEAR(g.label_anchor.y, 5'000, 20);
    EXPECT_NEAR(g.inscribed_radius, 5'000, 20);
  }
  EXPECT_DOUBLE_EQ(set.bounds.max_x, kSquares * 10'000.0);
  EXPECT_EQ(set.find(17)->district, 17u);
}

TEST(ShapePreparer, TrianglesAreMadeAtOnceOnlyWhenTheLoadAsksForThem) {
  for (const Triangles triangles : {Triangles::now, Triangles::when_drawn}) {
    ShapePreparer preparer(triangles);
    for (int i = 0; i < 20; ++i) preparer.add({static_cast<std::size_t>(i), "f", {square(i * 10'000.0, 10'000, 500)}});
    BoundarySet set;
    preparer.finish(set, [](const ShapeProblem&) {});
    ASSERT_EQ(set.districts.size(), 20u);
    for (const DistrictGeometry& g : set.districts) {
      EXPECT_EQ(g.mesh.made(), triangles == Triangles::now);
      EXPECT_EQ(g.mesh.get().indices.size(), 6u);  // the square's two triangles, whenever made
    }
  }
}

TEST(ShapePreparer, AReadingThatStopsHalfWayLeavesNoThreadWorkingOnItsShapes) {
  // The reading throws after 200 shapes: the preparer goes out of scope without finish().
  // A helper thread still running would end the program (std::thread's destructor), and one
  // still using the freed shapes would be caught by the AddressSanitizer run.
  ShapePreparer preparer(Triangles::when_drawn);
  for (int i = 0; i < 200; ++i) preparer.add({static_cast<std::size_t>(i), "f", {square(i * 10'000.0, 10'000, 0.5)}});
}

}  // namespace
}  // namespace hgm::io
