// Presentation mode's keys and slide position, without a window: what a presenter's
// clicker sends (the keys slide software uses) and where each key lands.
#include <SDL.h>
#include <gtest/gtest.h>

#include "app/present/pointer_rest.h"
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

// A pointer resting on the screen tells nothing over a slide: only one moved since the
// slide came up does, until it has rested three seconds.
TEST(Presentation, OnlyAPointerMovedSinceTheSlideCameUpTellsADistrict) {
  using namespace std::chrono_literals;
  const PointerRest::Clock::time_point t0{};
  PointerRest rest;
  rest.slide_shown(t0 + 1s);
  EXPECT_FALSE(rest.awake(t0 + 1s)) << "never moved";
  rest.moved(t0 + 500ms);
  EXPECT_FALSE(rest.awake(t0 + 1100ms)) << "moved before the slide came up, then rested on it";
  rest.moved(t0 + 2s);
  EXPECT_TRUE(rest.awake(t0 + 2s));
  EXPECT_EQ(rest.until_rest(t0 + 4s), std::optional<PointerRest::Clock::duration>(1s));
  EXPECT_TRUE(rest.awake(t0 + 4999ms));
  EXPECT_FALSE(rest.awake(t0 + 5s)) << "rested three seconds";
  EXPECT_EQ(rest.until_rest(t0 + 5s), std::nullopt);
  rest.moved(t0 + 6s);
  rest.slide_shown(t0 + 6500ms);
  EXPECT_FALSE(rest.awake(t0 + 7s)) << "the next slide came up under a still pointer";
}

}  // namespace
}  // namespace hgm::app
