// Presentation mode's keys and slide position, without a window: what a presenter's
// clicker sends (the keys slide software uses) and where each key lands.
#include <SDL.h>
#include <gtest/gtest.h>

#include "app/present/presentation.h"

namespace hgm::app {
namespace {

std::vector<Slide> slides(std::initializer_list<const char*> indicators) {
  std::vector<Slide> out;
  for (const char* id : indicators) out.push_back({.indicator = id, .whole = std::nullopt});
  return out;
}

TEST(Presentation, ClickerKeysMeanWhatSlideSoftwareMeans) {
  for (const int next : {SDLK_RIGHT, SDLK_DOWN, SDLK_PAGEDOWN, SDLK_SPACE, SDLK_RETURN})
    EXPECT_EQ(present_key(next), PresentKey::next) << SDL_GetKeyName(next);
  for (const int previous : {SDLK_LEFT, SDLK_UP, SDLK_PAGEUP, SDLK_BACKSPACE})
    EXPECT_EQ(present_key(previous), PresentKey::previous) << SDL_GetKeyName(previous);
  EXPECT_EQ(present_key(SDLK_HOME), PresentKey::first);
  EXPECT_EQ(present_key(SDLK_END), PresentKey::last);
  EXPECT_EQ(present_key(SDLK_b), PresentKey::black);
  EXPECT_EQ(present_key(SDLK_w), PresentKey::white);
  EXPECT_EQ(present_key(SDLK_ESCAPE), std::nullopt) << "Esc is the window's, in its written order (escape.h)";
  EXPECT_EQ(present_key(SDLK_l), std::nullopt) << "L still switches the language";
  EXPECT_EQ(present_key(SDLK_PLUS), std::nullopt) << "+ still zooms";
}

TEST(Presentation, StepsStopAtTheEndsAndCount) {
  Presentation p;
  EXPECT_FALSE(p.active());
  EXPECT_EQ(p.press(PresentKey::next), Presentation::Outcome::nothing) << "not presenting";
  p.start(slides({"a", "b", "c"}), 1);
  ASSERT_TRUE(p.active());
  EXPECT_EQ(p.counter(), "2 / 3");
  EXPECT_EQ(p.press(PresentKey::next), Presentation::Outcome::show_slide);
  EXPECT_EQ(p.slide().indicator, "c");
  EXPECT_EQ(p.counter(), "3 / 3");
  EXPECT_EQ(p.press(PresentKey::next), Presentation::Outcome::nothing) << "the last slide stays";
  EXPECT_EQ(p.press(PresentKey::first), Presentation::Outcome::show_slide);
  EXPECT_EQ(p.slide().indicator, "a");
  EXPECT_EQ(p.press(PresentKey::previous), Presentation::Outcome::nothing) << "the first slide stays";
  EXPECT_EQ(p.press(PresentKey::last), Presentation::Outcome::show_slide);
  EXPECT_EQ(p.counter(), "3 / 3");
  EXPECT_EQ(p.press(PresentKey::previous), Presentation::Outcome::show_slide);
  EXPECT_EQ(p.slide().indicator, "b");
  p.stop();
  EXPECT_FALSE(p.active());
  EXPECT_EQ(p.counter(), "");
}

TEST(Presentation, BlackAndWhiteScreensComeBackOnAnyKeyWithoutMoving) {
  Presentation p;
  p.start(slides({"a", "b", "c"}), 0);
  EXPECT_EQ(p.press(PresentKey::black), Presentation::Outcome::nothing);
  EXPECT_EQ(p.screen(), Presentation::Screen::black);
  EXPECT_EQ(p.press(PresentKey::next), Presentation::Outcome::nothing) << "the key only brings the map back";
  EXPECT_EQ(p.screen(), Presentation::Screen::map);
  EXPECT_EQ(p.slide().indicator, "a");
  EXPECT_EQ(p.press(PresentKey::white), Presentation::Outcome::nothing);
  EXPECT_EQ(p.screen(), Presentation::Screen::white);
  EXPECT_EQ(p.press(PresentKey::last), Presentation::Outcome::nothing) << "End first brings the map back";
  EXPECT_EQ(p.slide().indicator, "a");
  EXPECT_EQ(p.press(PresentKey::black), Presentation::Outcome::nothing);
  p.unblank();  // Esc's first step (escape.h)
  EXPECT_EQ(p.screen(), Presentation::Screen::map);
  EXPECT_TRUE(p.active());
  EXPECT_EQ(p.press(PresentKey::next), Presentation::Outcome::show_slide);
  EXPECT_EQ(p.slide().indicator, "b");
}

TEST(Presentation, ReplacedSlidesKeepTheIndicatorOnScreen) {
  Presentation p;
  p.start(slides({"a", "c"}), 1);
  EXPECT_EQ(p.press(PresentKey::show_all), Presentation::Outcome::rebuild_slides);
  p.replace_slides(slides({"a", "b", "c", "d"}));
  EXPECT_EQ(p.slide().indicator, "c");
  EXPECT_EQ(p.counter(), "3 / 4");
  p.replace_slides(slides({"a", "b"}));  // "c" is gone: the position stays, within the new list
  EXPECT_EQ(p.counter(), "2 / 2");
  p.replace_slides({});
  EXPECT_EQ(p.counter(), "2 / 2") << "an empty list is refused";
}

}  // namespace
}  // namespace hgm::app
