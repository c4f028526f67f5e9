// The window's profile before any district is pinned: one line, in the spec's language,
// saying how to pin, centred in the room it is given and shrunk to fit a narrow one.
#include <gtest/gtest.h>

#include "core/views/pin_hint_frame.h"
#include "fixed_width_measurer.h"

namespace hgm {
namespace {

TEST(PinHintFrame, SaysHowToPinInTheSpecsLanguageCentredInItsRoom) {
  const test::FixedWidthMeasurer measurer;
  MapSpec spec;
  spec.view = ViewKind::profile;
  for (const Lang lang : {Lang::vi, Lang::en}) {
    spec.lang = lang;
    const Frame f = layout_pin_hint_frame(spec, 1120, 900, measurer);
    EXPECT_EQ(f.width, 1120);
    EXPECT_EQ(f.height, 900);
    EXPECT_EQ(f.scene, nullptr);
    ASSERT_EQ(f.texts.size(), 1u);
    const FrameText& t = f.texts[0];
    EXPECT_EQ(t.utf8.rfind(lang == Lang::vi ? "Ghim 1 đến 4 huyện" : "Pin 1 to 4 districts", 0), 0u) << t.utf8;
    EXPECT_DOUBLE_EQ(t.size_px, 900 / 40.0);
    const double w = measurer.text_width(t.utf8, t.size_px);
    EXPECT_NEAR(t.x, (1120 - w) / 2, 1e-9) << "centred";
    EXPECT_DOUBLE_EQ(t.y, 450);
  }
}

TEST(PinHintFrame, ShrinksToANarrowRoomAndGrowsWithTheTextSize) {
  const test::FixedWidthMeasurer measurer;
  MapSpec spec;
  const Frame narrow = layout_pin_hint_frame(spec, 600, 900, measurer);
  ASSERT_EQ(narrow.texts.size(), 1u);
  const FrameText& t = narrow.texts[0];
  EXPECT_LT(t.size_px, 900 / 40.0);
  EXPECT_GE(t.x, 16 - 1e-9);
  EXPECT_LE(t.x + measurer.text_width(t.utf8, t.size_px), 600 - 16 + 1e-9) << "inside its room";

  spec.layout.text_size = TextSize::projector;
  const Frame projector = layout_pin_hint_frame(spec, 3000, 900, measurer);
  EXPECT_GT(projector.texts.at(0).size_px, 900 / 40.0);
}

}  // namespace
}  // namespace hgm
