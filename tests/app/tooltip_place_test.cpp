// Where the hover tooltip goes over a chart: clear of the hovered row, inside the window.
#include "app/panels/tooltip_place.h"

#include <gtest/gtest.h>

namespace hgm::app {
namespace {

constexpr Vec2 kWindow{1280, 720};
constexpr Vec2 kTooltip{400, 200};

TEST(TooltipPlace, BelowTheRowWhenItFitsThere) {
  const Vec2 at = tooltip_clear_of_row(200, 220, 480, kTooltip, kWindow, 5);
  EXPECT_EQ(at.x, 480);
  EXPECT_EQ(at.y, 225);
}

TEST(TooltipPlace, AboveTheRowNearTheWindowsBottom) {
  const Vec2 at = tooltip_clear_of_row(600, 616, 480, kTooltip, kWindow, 5);
  EXPECT_EQ(at.y, 600 - 5 - 200);
}

TEST(TooltipPlace, ThereBeingNoRoomOnEitherSideTheLargerOneInsideTheWindow) {
  const Vec2 at = tooltip_clear_of_row(300, 320, 100, {400, 500}, kWindow, 5);  // 295 above, 395 below
  EXPECT_EQ(at.y, kWindow.y - 500);
  const Vec2 high = tooltip_clear_of_row(400, 420, 100, {400, 500}, kWindow, 5);  // 395 above, 295 below
  EXPECT_EQ(high.y, 0);
}

TEST(TooltipPlace, MovedLeftToStayInsideTheWindow) {
  const Vec2 at = tooltip_clear_of_row(200, 220, 1100, kTooltip, kWindow, 5);
  EXPECT_EQ(at.x, kWindow.x - kTooltip.x);
}

}  // namespace
}  // namespace hgm::app
