#pragma once
// Where a presentation is: its slides, the one shown, and whether the screen is blanked
// (black or white, as slide software does for B and W). Knows nothing of the window; the
// window loop shows the slide it names.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/spec/map_spec.h"

namespace hgm::app {

// What a slide sets on the map on screen. An indicator slide sets the indicator only (with
// that indicator's own manual breaks and title overrides, as stepping to it does): the
// period, view, pins, classes, palette, map elements, language and text size are the
// presenter's and hold from slide to slide, changes made while presenting included.
// A slide of a story (core/story) carries the whole spec it was saved with in `whole`:
// showing it replaces the map but for the presenter's language and text size.
struct Slide {
  std::string indicator;
  std::optional<MapSpec> whole;
  std::string spotlight{};  // a story slide's district to spotlight (GSO code); empty: keep the presenter's
  friend bool operator==(const Slide&, const Slide&) = default;
};

// What a presenter's key (or clicker button) asks for.
enum class PresentKey { next, previous, first, last, black, white, show_all };

// The key's meaning in presentation mode (SDL key code), or nullopt for other keys.
//   → ↓ PgDn Space Enter: next; ← ↑ PgUp Backspace: previous; Home, End; B black,
//   W white; A all indicators or only those with data. Esc is the window's (escape.h).
std::optional<PresentKey> present_key(int sdl_keycode);

class Presentation {
 public:
  enum class Screen { map, black, white };
  // What the window must do after a key.
  enum class Outcome { nothing, show_slide, rebuild_slides };

  bool active() const { return active_; }
  // Starts at `at` (clamped); `slides` must not be empty.
  void start(std::vector<Slide> slides, std::size_t at);
  // Replaces the slides (e.g. all indicators instead of those with data), staying on the
  // slide of the same indicator when there is one.
  void replace_slides(std::vector<Slide> slides);
  void stop();

  Outcome press(PresentKey key);
  // Any key on a blanked screen brings the map back and does nothing else.
  bool blanked() const { return screen_ != Screen::map; }
  void unblank() { screen_ = Screen::map; }
  Screen screen() const { return screen_; }

  const std::vector<Slide>& slides() const { return slides_; }
  const Slide& slide() const { return slides_.at(at_); }
  std::string counter() const;  // "3 / 12"

 private:
  bool active_ = false;
  std::vector<Slide> slides_;
  std::size_t at_ = 0;
  Screen screen_ = Screen::map;
};

}  // namespace hgm::app
