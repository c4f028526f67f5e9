// What a frame over the same kept map has to draw again (app/ui_damage.h): the lists of
// interface drawing that changed, where they were and are, and all of it when the
// window's picture does not hold the last frame.
#include "app/ui_damage.h"

#include <gtest/gtest.h>

#include <memory>

namespace hgm::app {
namespace {

constexpr std::uintptr_t kPanelList = 1, kTooltipList = 2, kOutlineList = 3;
const PixelBox kPanelBox{1400, 500, 1900, 1080};

UiListPrint list_print(std::uintptr_t list, std::uint64_t digest, const PixelBox& bounds,
                       std::shared_ptr<const UiListDrawing> drawing = nullptr) {
  return {list, digest, bounds, std::move(drawing)};
}

UiPrint hovering(const PixelBox& tooltip, std::uint64_t tooltip_digest, const PixelBox& outline) {
  return {list_print(kOutlineList, tooltip_digest * 7, outline), list_print(kPanelList, 11, kPanelBox), list_print(kTooltipList, tooltip_digest, tooltip)};
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
  const UiPrint before = {list_print(kPanelList, 11, kPanelBox)};
  const UiPrint after = {list_print(kOutlineList, 9, {300, 300, 500, 500}), list_print(kPanelList, 11, kPanelBox)};
  const ChangedArea area = changed_pixels(before, after);
  ASSERT_EQ(area.boxes().size(), 1u);
  EXPECT_EQ(area.boxes()[0], (PixelBox{300, 300, 500, 500}));
}

TEST(UiDamage, AGoneListIsDrawnWhereItWas) {
  const UiPrint before = hovering({600, 400, 1000, 600}, 5, {300, 300, 500, 500});
  const UiPrint after = {list_print(kPanelList, 11, kPanelBox)};
  EXPECT_EQ(changed_pixels(before, after).bounds(), (PixelBox{300, 300, 1000, 600}));
}

TEST(UiDamage, ListsInAnotherOrderAreAllDrawnAgain) {
  const UiPrint before = {list_print(kPanelList, 11, kPanelBox), list_print(kTooltipList, 5, {600, 400, 1000, 600})};
  const UiPrint after = {list_print(kTooltipList, 5, {600, 400, 1000, 600}), list_print(kPanelList, 11, kPanelBox)};
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

// A panel's list: two buttons (a quad each, two triangles) under one command clipped to
// the panel, and a third quad under a command of its own, clipped to a box the button's
// right half crosses.
constexpr std::uint32_t kWhite = 0xffffffff, kLit = 0xff3080ff;
UiListDrawing panel_with_buttons(std::uint32_t second_button_colour) {
  UiListDrawing d;
  const auto quad = [&d](float left, float top, float right, float bottom, std::uint32_t colour) {
    const auto first = static_cast<std::uint32_t>(d.vertices.size());
    d.vertices.push_back({left, top, 0, 0, colour});
    d.vertices.push_back({right, top, 0, 0, colour});
    d.vertices.push_back({right, bottom, 0, 0, colour});
    d.vertices.push_back({left, bottom, 0, 0, colour});
    for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) d.indices.push_back(first + i);
  };
  quad(1450, 600, 1850, 640, kWhite);
  quad(1450, 700, 1850, 740, second_button_colour);
  d.commands.push_back({kPanelBox, 7, 0, 0, 12});
  quad(1450, 800.5f, 1850, 840, second_button_colour);
  d.commands.push_back({{1400, 500, 1600, 1080}, 7, 0, 12, 6});
  return d;
}

TEST(UiDamage, ALitButtonIsDrawnAgainAloneNotItsPanel) {
  const auto before = std::make_shared<UiListDrawing>(panel_with_buttons(kWhite));
  const auto after = std::make_shared<UiListDrawing>(panel_with_buttons(kLit));
  const ChangedArea area =
      changed_pixels({list_print(kPanelList, 11, kPanelBox, before)}, {list_print(kPanelList, 12, kPanelBox, after)});
  // The second button a pixel wider all round, and the third quad within its command's
  // clip (its half-pixel top edge reaches into row 799).
  ASSERT_EQ(area.boxes().size(), 2u);
  EXPECT_EQ(area.boxes()[0], (PixelBox{1449, 699, 1851, 741}));
  EXPECT_EQ(area.boxes()[1], (PixelBox{1449, 799, 1600, 841}));
}

TEST(UiDamage, AMovedTriangleIsDrawnWhereItWasAndWhereItIs) {
  UiListDrawing before = panel_with_buttons(kWhite), after = before;
  for (int i = 0; i < 4; ++i) after.vertices[static_cast<std::size_t>(i)].y += 30;  // the first button moves down
  const std::optional<ChangedArea> area = changed_triangles(before, after);
  ASSERT_TRUE(area);
  EXPECT_EQ(area->bounds(), (PixelBox{1449, 599, 1851, 671}));
  EXPECT_TRUE(changed_triangles(before, before)->empty());
}

TEST(UiDamage, AListMovedFarIsDrawnWhereItWasAndWhereItIsNotBetween) {
  UiListDrawing before = panel_with_buttons(kWhite);
  for (UiListDrawing::Command& c : before.commands) c.clip = {1400, 0, 1900, 1080};
  UiListDrawing after = before;
  for (UiListDrawing::Vertex& v : after.vertices) v.y -= 300;  // all of it, far up
  const std::optional<ChangedArea> area = changed_triangles(before, after);
  ASSERT_TRUE(area);
  // The two buttons (one run) and the third quad, each where it was and where it is.
  ASSERT_EQ(area->boxes().size(), 4u);
  int pixels = 0;
  for (const PixelBox& box : area->boxes()) pixels += box.width() * box.height();
  EXPECT_EQ(pixels, 402 * (142 + 142 + 42 + 42)) << "only those four boxes, nothing between them";
}

TEST(UiDamage, AListLaidOutAnotherWayIsDrawnAgainWhole) {
  const UiListDrawing before = panel_with_buttons(kWhite);
  UiListDrawing more = before;  // a line of text more
  more.vertices.push_back({1450, 900, 0, 0, kWhite});
  EXPECT_FALSE(changed_triangles(before, more));
  UiListDrawing reclipped = before;  // the panel scrolled under its clip
  reclipped.commands[0].clip.top = 520;
  EXPECT_FALSE(changed_triangles(before, reclipped));
  const ChangedArea area = changed_pixels({list_print(kPanelList, 11, kPanelBox, std::make_shared<UiListDrawing>(before))},
                                          {list_print(kPanelList, 12, kPanelBox, std::make_shared<UiListDrawing>(more))});
  EXPECT_EQ(area.bounds(), kPanelBox);
  // Without the last frame's drawing, the whole list too.
  EXPECT_EQ(changed_pixels({list_print(kPanelList, 11, kPanelBox)},
                           {list_print(kPanelList, 12, kPanelBox, std::make_shared<UiListDrawing>(before))})
                .bounds(),
            kPanelBox);
}

}  // namespace
}  // namespace hgm::app
