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
  // Scaled by 1.5 and moved right by 12: the picture covers x 12..27, y 0..15.
  copy_moved(from.pixels(), to.pixels(), {5, 5, 25, 25}, {1.5, {12, 0}});
  EXPECT_EQ(to.at(20, 10) & 0xFFFFFF, 0xFF0000u);  // inside the area and the picture
  EXPECT_EQ(to.at(8, 10) & 0xFFFFFF, 0x0000FFu);   // inside the area, left of the picture
  EXPECT_EQ(to.at(20, 20) & 0xFFFFFF, 0x0000FFu);  // inside the area, below the picture
  EXPECT_EQ(to.at(26, 10) & 0xFFFFFF, 0x0000FFu);  // in the picture, right of the area
  EXPECT_EQ(to.at(20, 2) & 0xFFFFFF, 0x0000FFu);   // in the picture, above the area
}

}  // namespace
}  // namespace hgm::render
