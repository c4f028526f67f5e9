// Esc's written order (escape.h): close a dialog › unblank › spotlight › leave presenting › unpin › leave
// full screen, and the buttons that say "(Esc)" only while Esc does what they do.
#include <gtest/gtest.h>

#include "app/escape.h"

namespace hgm::app {
namespace {

TEST(Escape, DoesTheFirstThatAppliesInTheWrittenOrder) {
  EscapeState s{
      .dialog = true, .blanked = true, .spotlight = true, .presenting = true, .pinned = true, .fullscreen = true};
  EXPECT_EQ(escape_action(s), EscapeAction::close_dialog) << "the dialog first: that press does nothing else";
  s.dialog = false;
  EXPECT_EQ(escape_action(s), EscapeAction::unblank);
  s.blanked = false;
  EXPECT_EQ(escape_action(s), EscapeAction::clear_spotlight);
  s.spotlight = false;
  EXPECT_EQ(escape_action(s), EscapeAction::leave_presenting) << "pins made while presenting stay";
  s.presenting = false;
  EXPECT_EQ(escape_action(s), EscapeAction::unpin);
  s.pinned = false;
  EXPECT_EQ(escape_action(s), EscapeAction::leave_fullscreen);
  s.fullscreen = false;
  EXPECT_EQ(escape_action(s), EscapeAction::nothing);
}

TEST(Escape, EachStepOnlyWhenItApplies) {
  EXPECT_EQ(escape_action({.pinned = true}), EscapeAction::unpin) << "in a window, not full screen";
  EXPECT_EQ(escape_action({.dialog = true, .pinned = true}), EscapeAction::close_dialog) << "the pins stay";
  EXPECT_EQ(escape_action({.presenting = true}), EscapeAction::leave_presenting);
  EXPECT_EQ(escape_action({.blanked = true, .presenting = true}), EscapeAction::unblank);
  EXPECT_EQ(escape_action({.spotlight = true, .presenting = true, .fullscreen = true}), EscapeAction::clear_spotlight);
  EXPECT_EQ(escape_action({.presenting = true, .fullscreen = true}), EscapeAction::leave_presenting)
      << "presenting is left before full screen";
}

TEST(Escape, ButtonsNameEscOnlyWhileItDoesTheSame) {
  const EscapeAction with_pins_in_full_screen = escape_action({.pinned = true, .fullscreen = true});
  EXPECT_EQ(with_escape_key("Bỏ ghim", EscapeAction::unpin, with_pins_in_full_screen), "Bỏ ghim (Esc)");
  EXPECT_EQ(with_escape_key("Thoát toàn màn hình", EscapeAction::leave_fullscreen, with_pins_in_full_screen),
            "Thoát toàn màn hình") << "Esc unpins first";
  const EscapeAction without_pins = escape_action({.fullscreen = true});
  EXPECT_EQ(with_escape_key("Thoát toàn màn hình", EscapeAction::leave_fullscreen, without_pins),
            "Thoát toàn màn hình (Esc)");
  const EscapeAction presenting = escape_action({.presenting = true, .pinned = true, .fullscreen = true});
  EXPECT_EQ(with_escape_key("Bỏ ghim", EscapeAction::unpin, presenting), "Bỏ ghim") << "Esc stops presenting first";
  EXPECT_EQ(with_escape_key("Bỏ ghim", EscapeAction::nothing, EscapeAction::nothing), "Bỏ ghim");
}

}  // namespace
}  // namespace hgm::app
