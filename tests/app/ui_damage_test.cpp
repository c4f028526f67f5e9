// What a frame over the same kept map has to draw again (app/ui_damage.h): the lists of
// interface drawing that changed, where they were and are, and all of it when the
// window's picture does not hold the last frame.
#include "app/ui_damage.h"

#include <gtest/gtest.h>

namespace hgm::app {
namespace {

constexpr std::uintptr_t kPanelList = 1, kTooltipList = 2, kOutlineList = 3;
const PixelBox kPanelBox{1400, 500, 1900, 1080};

UiPrint hovering(const PixelBox& tooltip, std::uint64_t tooltip_digest, const PixelBox& outline) {
  return {{kOutlineList, tooltip_digest * 7, outline}, {kPanelList, 11, kPanelBox}, {kTooltipList, tooltip_digest, tooltip}};
}

TEST(UiDamage, TheSameInterfaceChangesNothing) {
  const UiPrint ui = hovering({600, 400, 1000, 600}, 5, {300, 300, 500, 500});
  EXPECT_TRUE(changed_pixels(ui, ui).empty());
}

TEST(UiDamage, AMovedTooltipIsDrawnWhereItWasAndWhereItIsNotThePanel) {
  const UiPrint before = hovering({600, 400, 1000, 600}, 5, {300, 300, 500, 500});
  const UiPrint after = hovering({1100, 400, 1300, 600}, 6, {300, 300, 500, 500});
  const ChangedArea area = changed_pixels(before, after);
  // The outline changed too (its digest follows the tooltip's here): three boxes apart, the
  // outline's and the two tooltips', none of them the panel's.
  for (const PixelBox& box : area.boxes()) EXPECT_FALSE(box == kPanelBox);
  EXPECT_EQ(area.bounds(), (PixelBox{300, 300, 1300, 600}));
  EXPECT_EQ(area.boxes().size(), 3u);
}

TEST(UiDamage, AnOutlineAppearingBehindThePanelRedrawsOnlyItsOwnBox) {
  const UiPrint before = {{kPanelList, 11, kPanelBox}};
  const UiPrint after = {{kOutlineList, 9, {300, 300, 500, 500}}, {kPanelList, 11, kPanelBox}};
  const ChangedArea area = changed_pixels(before, after);
  ASSERT_EQ(area.boxes().size(), 1u);
  EXPECT_EQ(area.boxes()[0], (PixelBox{300, 300, 500, 500}));
}

TEST(UiDamage, AGoneListIsDrawnWhereItWas) {
  const UiPrint before = hovering({600, 400, 1000, 600}, 5, {300, 300, 500, 500});
  const UiPrint after = {{kPanelList, 11, kPanelBox}};
  EXPECT_EQ(changed_pixels(before, after).bounds(), (PixelBox{300, 300, 1000, 600}));
}

TEST(UiDamage, ListsInAnotherOrderAreAllDrawnAgain) {
  const UiPrint before = {{kPanelList, 11, kPanelBox}, {kTooltipList, 5, {600, 400, 1000, 600}}};
  const UiPrint after = {{kTooltipList, 5, {600, 400, 1000, 600}}, {kPanelList, 11, kPanelBox}};
  EXPECT_EQ(changed_pixels(before, after).bounds(), (PixelBox{600, 400, 1900, 1080}));
}

TEST(UiDamage, OverlappingBoxesMergeAndTooManyBecomeOne) {
  ChangedArea area;
  area.add({0, 0, 10, 10});
  area.add({20, 0, 30, 10});
  area.add({5, 5, 25, 8});  // joins both
  ASSERT_EQ(area.boxes().size(), 1u);
  EXPECT_EQ(area.boxes()[0], (PixelBox{0, 0, 30, 10}));
  ChangedArea many;
  for (int i = 0; i <= static_cast<int>(ChangedArea::kMostBoxes); ++i) many.add({i * 100, 0, i * 100 + 10, 10});
  ASSERT_EQ(many.boxes().size(), 1u);
  EXPECT_EQ(many.boxes()[0], (PixelBox{0, 0, static_cast<int>(ChangedArea::kMostBoxes) * 100 + 10, 10}));
}

TEST(UiDamage, WhatToDrawIsWhatChangedSinceTheLastFrameInThePicture) {
  ShownFrames shown;
  const UiPrint a = hovering({600, 400, 1000, 600}, 5, {300, 300, 500, 500});
  const UiPrint b = hovering({800, 700, 1100, 900}, 8, {300, 600, 500, 800});
  EXPECT_FALSE(shown.to_draw(1, a)) << "nothing shown yet";
  shown.shown(1, a, true);
  EXPECT_TRUE(shown.last_is(1, a));
  EXPECT_FALSE(shown.last_is(1, b));
  const std::optional<ChangedArea> area = shown.to_draw(1, b);
  ASSERT_TRUE(area);
  EXPECT_EQ(area->bounds(), changed_pixels(a, b).bounds());
  EXPECT_FALSE(shown.to_draw(2, b)) << "another map";
  shown.shown(1, a, false);
  EXPECT_TRUE(shown.last_is(1, a)) << "shown, so nothing new to draw";
  EXPECT_FALSE(shown.to_draw(1, b)) << "not drawn into the window's picture";
  shown.forget();
  EXPECT_FALSE(shown.last_is(1, a));
  EXPECT_FALSE(shown.to_draw(1, a)) << "drawn another way since";
}

}  // namespace
}  // namespace hgm::app
