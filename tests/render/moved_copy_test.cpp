// The kept map put back moved and scaled on the CPU (render/moved_copy.h): where the
// motion takes each pixel, filtered between neighbours, and nothing outside the area.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "render/moved_copy.h"

namespace hgm::render {
namespace {

struct Xrgb {
  int width, height;
  std::vector<std::uint32_t> words;
  Xrgb(int w, int h, std::uint32_t fill) : width(w), height(h), words(static_cast<std::size_t>(w * h), fill) {}
  XrgbPixels pixels() { return {reinterpret_cast<std::uint8_t*>(words.data()), width, height, width * 4}; }
  std::uint32_t& at(int x, int y) { return words[static_cast<std::size_t>(y * width + x)]; }
  int red(int x, int y) { return static_cast<int>((at(x, y) >> 16) & 0xFF); }
};

TEST(MovedCopy, AZoomPutsEachPixelWhereTheMotionTakesItFilteredBetweenNeighbours) {
  // A black picture with a white column at x = 4.
  Xrgb from(10, 6, 0x000000);
  for (int y = 0; y < 6; ++y) from.at(4, y) = 0xFFFFFF;
  Xrgb to(20, 12, 0x0000FF);
  copy_moved(from.pixels(), to.pixels(), {0, 0, 20, 12}, {2.0, {0, 0}});
  // The column's 1 pixel becomes 2 (x 8 and 9), nearly white...
  EXPECT_GT(to.red(8, 5), 180);
  EXPECT_GT(to.red(9, 5), 180);
  // ...with grey either side, not a hard step (linear filtering, as OpenGL's blit)...
  EXPECT_GT(to.red(7, 5), 20);
  EXPECT_LT(to.red(7, 5), 235);
  EXPECT_GT(to.red(10, 5), 20);
  EXPECT_LT(to.red(10, 5), 235);
  // ...and black far from it.
  EXPECT_EQ(to.at(2, 5) & 0xFFFFFF, 0x000000u);
  EXPECT_EQ(to.at(16, 5) & 0xFFFFFF, 0x000000u);
}

TEST(MovedCopy, OnlyTheAreaChangesAndWhatTheMoveUncoversStaysAsItWas) {
  Xrgb from(10, 10, 0xFF0000);
  Xrgb to(30, 30, 0x0000FF);
  // Scaled by 1.5 and moved right by 12: the area's part of the picture (5..10 each way)
  // covers x 19.5..27, y 7.5..15.
  copy_moved(from.pixels(), to.pixels(), {5, 5, 25, 25}, {1.5, {12, 0}});
  EXPECT_EQ(to.at(20, 10) & 0xFFFFFF, 0xFF0000u);  // inside the area and the picture
  EXPECT_EQ(to.at(15, 10) & 0xFFFFFF, 0x0000FFu);  // inside the area, left of the picture
  EXPECT_EQ(to.at(20, 20) & 0xFFFFFF, 0x0000FFu);  // inside the area, below the picture
  EXPECT_EQ(to.at(26, 10) & 0xFFFFFF, 0x0000FFu);  // in the picture, right of the area
  EXPECT_EQ(to.at(20, 5) & 0xFFFFFF, 0x0000FFu);   // inside the area, above the picture
}

// Zooming out, only the area's own pixels shrink into it: what the picture has beside the
// area (a title, the legend) stays out, as OpenGL's blit of the area does.
TEST(MovedCopy, ZoomingOutShrinksOnlyTheAreasOwnPixels) {
  Xrgb from(40, 40, 0x00FF00);  // green outside the area...
  for (int y = 10; y < 30; ++y)
    for (int x = 10; x < 30; ++x) from.at(x, y) = 0xFF0000;  // ...red inside it
  Xrgb to(40, 40, 0x0000FF);
  // Halved about the area's centre (20, 20): the area's pixels cover 15..25.
  copy_moved(from.pixels(), to.pixels(), {10, 10, 30, 30}, {0.5, {10, 10}});
  EXPECT_EQ(to.at(20, 20) & 0xFFFFFF, 0xFF0000u);
  for (int y = 10; y < 30; ++y)
    for (int x = 10; x < 30; ++x) EXPECT_EQ(to.at(x, y) & 0x00FF00, 0u) << "green brought in at " << x << "," << y;
  EXPECT_EQ(to.at(12, 12) & 0xFFFFFF, 0x0000FFu);  // uncovered: as it was
}

}  // namespace
}  // namespace hgm::render
