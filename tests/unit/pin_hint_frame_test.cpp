// The window's profile before any district is pinned: one line, in the spec's language,
// saying how to pin, centred in the room it is given and shrunk to fit a narrow one.
#include <gtest/gtest.h>

#include "core/text/i18n.h"
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
    const Frame f = layout_pin_hint_frame(spec, 1600, 900, measurer);
    EXPECT_EQ(f.width, 1600);
    EXPECT_EQ(f.height, 900);
    EXPECT_EQ(f.scene, nullptr);
    ASSERT_EQ(f.texts.size(), 1u);
    const FrameText& t = f.texts[0];
    EXPECT_EQ(t.utf8.rfind(lang == Lang::vi ? "Ghim 1 đến 4 huyện" : "Pin 1 to 4 districts", 0), 0u) << t.utf8;
    EXPECT_DOUBLE_EQ(t.size_px, 900 / 40.0);
    const double w = measurer.text_width(t.utf8, t.size_px);
    EXPECT_NEAR(t.x, (1600 - w) / 2, 1e-9) << "centred";
    EXPECT_DOUBLE_EQ(t.y, 450);
  }
}

TEST(PinHintFrame, ShrinksToANarrowRoomAndGrowsWithTheTextSize) {
  const test::FixedWidthMeasurer measurer;
  MapSpec spec;
  const Frame narrow = layout_pin_hint_frame(spec, 1200, 900, measurer);
  ASSERT_EQ(narrow.texts.size(), 1u);
  const FrameText& t = narrow.texts[0];
  EXPECT_LT(t.size_px, 900 / 40.0);
  EXPECT_GE(t.x, 16 - 1e-9);
  EXPECT_LE(t.x + measurer.text_width(t.utf8, t.size_px), 1200 - 16 + 1e-9) << "inside its room";

  spec.layout.text_size = TextSize::projector;
  const Frame projector = layout_pin_hint_frame(spec, 3000, 900, measurer);
  EXPECT_GT(projector.texts.at(0).size_px, 900 / 40.0);
}

// Beside the map in a 1280×720 window (493 px) the least size does not fit one line: the
// hint wraps into centred lines, every word said, none cut at the room's edge.
TEST(PinHintFrame, WrapsWhereEvenTheLeastSizeDoesNotFit) {
  const test::FixedWidthMeasurer measurer;
  MapSpec spec;
  const Frame f = layout_pin_hint_frame(spec, 493, 686, measurer);
  ASSERT_GT(f.texts.size(), 1u);
  std::string said;
  for (const FrameText& t : f.texts) {
    EXPECT_GE(t.x, 16 - 1e-9) << t.utf8;
    EXPECT_LE(t.x + measurer.text_width(t.utf8, t.size_px), 493 - 16 + 1e-9) << t.utf8;
    EXPECT_GE(t.size_px, 12 - 1e-9);
    said += (said.empty() ? "" : " ") + t.utf8;
  }
  EXPECT_EQ(said, tr(Lang::vi, Msg::view_profile_pin_hint));
  EXPECT_LT(f.texts.front().y, 686 / 2.0);
  EXPECT_GT(f.texts.back().y, 686 / 2.0) << "centred around the middle";
}

}  // namespace
}  // namespace hgm
