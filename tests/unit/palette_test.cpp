#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/thematic/palette.h"

namespace hgm {
namespace {

TEST(Palette, SchemesAndSizes) {
  EXPECT_EQ(palette_colors("YlGnBu", 3).size(), 3u);
  EXPECT_EQ(palette_colors("Blues", 9).size(), 9u);
  EXPECT_EQ(to_hex(palette_colors("YlGnBu", 5)[0]), "#ffffcc");
  EXPECT_EQ(to_hex(palette_colors("RdBu", 5)[0]), "#ca0020");
  EXPECT_EQ(palette_colors("Set2", 2).size(), 2u);
  EXPECT_EQ(palette_colors("Blues", 12).size(), 9u);  // the largest it has
  EXPECT_THROW(palette_colors("Nope", 3), UsageError);
  EXPECT_GE(palette_names().size(), 30u);
  ASSERT_NE(find_scheme("RdYlGn"), nullptr);
  EXPECT_EQ(find_scheme("RdYlGn")->kind, SchemeKind::diverging);
}

TEST(PaletteSuitability, ComputedFromTheColours) {
  const PaletteSuitability blues = assess_palette(palette_colors("Blues", 5), SchemeKind::sequential);
  EXPECT_TRUE(blues.colour_blind_safe);
  EXPECT_TRUE(blues.photocopy_safe);
  // Red against green is what protanopes and deuteranopes lose.
  const PaletteSuitability rdylgn = assess_palette(palette_colors("RdYlGn", 7), SchemeKind::diverging);
  EXPECT_FALSE(rdylgn.colour_blind_safe);
  // The two arms of a diverging scheme have the same lightness: lost on a photocopier.
  EXPECT_FALSE(assess_palette(palette_colors("RdBu", 5), SchemeKind::diverging).photocopy_safe);
  // Nine light-to-dark blues: neighbours too close to survive printing.
  EXPECT_FALSE(assess_palette(palette_colors("Blues", 9), SchemeKind::sequential).print_safe);
  const PaletteSuitability same = assess_palette({Color{10, 10, 10, 255}, Color{10, 10, 10, 255}}, SchemeKind::sequential);
  EXPECT_FALSE(same.colour_blind_safe || same.photocopy_safe || same.print_safe);
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {
TEST(PaletteSuitability, RedBlueDivergingStaysColourBlindSafe) {
  EXPECT_TRUE(assess_palette(palette_colors("RdBu", 5), SchemeKind::diverging).colour_blind_safe);
  EXPECT_TRUE(assess_palette(palette_colors("YlGnBu", 5), SchemeKind::sequential).colour_blind_safe);
}
}  // namespace
}  // namespace hgm
