#include "render/text/text_raster.h"

#include <gtest/gtest.h>

#include "render/text/shelf_packer.h"

namespace hgm::render {
namespace {

TEST(SplitPenX, RoundsToQuarterPixels) {
  EXPECT_EQ(split_pen_x(10.0).column, 10);
  EXPECT_EQ(split_pen_x(10.0).step, 0);
  EXPECT_EQ(split_pen_x(10.3).step, 1);
  EXPECT_EQ(split_pen_x(10.5).step, 2);
  const PenColumn carry = split_pen_x(10.9);
  EXPECT_EQ(carry.column, 11);
  EXPECT_EQ(carry.step, 0);
  EXPECT_EQ(split_pen_x(-0.25).column, -1);
  EXPECT_EQ(split_pen_x(-0.25).step, 3);
}

TEST(RasterizeText, InkStaysInsideHaloAndMeasuredWidth) {
  const Font font = Font::regular();
  GlyphCache cache(font);
  const double size = 20;
  const TextBitmap plain = rasterize_text(cache, "Hà Giang", size, 0, 0);
  ASSERT_GT(plain.width, 0);
  EXPECT_GE(plain.left, -1);
  EXPECT_LE(plain.left + plain.width, font.text_width("Hà Giang", size) + 2);
  EXPECT_LE(plain.top, font.ascent(size) + 1);
  const TextBitmap haloed = rasterize_text(cache, "Hà Giang", size, 2, 0);
  EXPECT_NEAR(haloed.width, plain.width + 4, 1);
  // Every inked texel has full halo beneath it.
  const int dx = plain.left - haloed.left, dy = haloed.top - plain.top;
  for (int y = 0; y < plain.height; ++y) {
    for (int x = 0; x < plain.width; ++x) {
      const auto ink = plain.ink_halo[(static_cast<std::size_t>(y) * plain.width + x) * 2];
      const auto halo = haloed.ink_halo[(static_cast<std::size_t>(y + dy) * haloed.width + x + dx) * 2 + 1];
      if (ink > 0) {
        ASSERT_GE(halo, ink) << x << "," << y;
      }
    }
  }
}

TEST(RasterizeText, BlankTextIsEmpty) {
  const Font font = Font::regular();
  GlyphCache cache(font);
  EXPECT_EQ(rasterize_text(cache, "   ", 20, 2, 0).width, 0);
  EXPECT_EQ(rasterize_text(cache, "", 20, 0, 0).width, 0);
}

TEST(ShelfPacker, PacksWithoutOverlapAndGrows) {
  ShelfPacker packer(64, 32);
  std::vector<std::pair<PackedRect, std::pair<int, int>>> placed;
  for (int i = 0; i < 6; ++i) {
    auto at = packer.insert(20, 10);
    ASSERT_TRUE(at) << i;
    placed.push_back({*at, {20, 10}});
  }
  EXPECT_FALSE(packer.insert(20, 10));  // 3 per shelf (with padding), 2 shelves + no room
  packer.grow(64, 64);
  ASSERT_TRUE(packer.insert(20, 10));
  EXPECT_FALSE(packer.insert(100, 5));
  for (std::size_t i = 0; i < placed.size(); ++i) {
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      const auto& a = placed[i].first;
      const auto& b = placed[j].first;
      const bool apart = a.x + 20 <= b.x || b.x + 20 <= a.x || a.y + 10 <= b.y || b.y + 10 <= a.y;
      EXPECT_TRUE(apart) << i << " overlaps " << j;
    }
  }
}

}  // namespace
}  // namespace hgm::render
