// Whole pixels of boxes (render/frame_shapes.h): what a float box touches, and boxes met
// and joined.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "render/frame_shapes.h"

namespace hgm::render {
namespace {

TEST(PixelBox, AFloatBoxCoversThePixelsItTouchesAndAMarginRound) {
  EXPECT_EQ(pixels_covering(10.5, 20.0, 30.2, 25.0), (PixelBox{10, 20, 31, 25}));
  EXPECT_EQ(pixels_covering(10.5, 20.0, 30.2, 25.0, 1), (PixelBox{9, 19, 32, 26}));
  EXPECT_EQ(pixels_covering(-3.5, -0.5, 2.0, 0.5), (PixelBox{-4, -1, 2, 1}));
}

TEST(PixelBox, NumbersThatAreNotFiniteCoverNothingAndHugeOnesStayIntegers) {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(pixels_covering(nan, 0, 10, 10).empty());
  EXPECT_TRUE(pixels_covering(0, 0, inf, 10).empty());
  const PixelBox huge = pixels_covering(-1e300, -1e300, 1e300, 1e300);
  EXPECT_EQ(intersection(huge, {0, 0, 640, 480}), (PixelBox{0, 0, 640, 480}));
}

TEST(PixelBox, BoxesMeetAndJoin) {
  EXPECT_EQ(intersection({0, 0, 10, 10}, {5, 5, 20, 20}), (PixelBox{5, 5, 10, 10}));
  EXPECT_TRUE(intersection({0, 0, 10, 10}, {10, 0, 20, 10}).empty());
  EXPECT_EQ(united({0, 0, 10, 10}, {5, 5, 20, 20}), (PixelBox{0, 0, 20, 20}));
  EXPECT_EQ(united({}, {5, 5, 20, 20}), (PixelBox{5, 5, 20, 20}));
}

}  // namespace
}  // namespace hgm::render
