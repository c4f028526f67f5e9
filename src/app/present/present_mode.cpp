#include "app/present/present_mode.h"

#include <SDL.h>

#include <algorithm>

#include "app/panels/district_details.h"
#include "app/present/slides.h"

namespace hgm::app {

namespace {

// The slide of the indicator on screen, else the first.
std::size_t slide_of(const std::vector<Slide>& slides, const std::string& indicator) {
  const auto it = std::find_if(slides.begin(), slides.end(), [&](const Slide& s) { return s.indicator == indicator; });
  return it == slides.end() ? 0 : static_cast<std::size_t>(it - slides.begin());
}

std::vector<Slide> slides_for(const MapState& state, bool only_with_data) {
  std::vector<Slide> slides = indicator_slides(state, only_with_data);
  // A period without any figure still presents: every indicator, each saying "no data".
  if (slides.empty()) slides = indicator_slides(state, false);
  return slides;
}

bool is_modifier(SDL_Keycode code) {
  switch (code) {
    case SDLK_LCTRL: case SDLK_RCTRL: case SDLK_LSHIFT: case SDLK_RSHIFT:
    case SDLK_LALT: case SDLK_RALT: case SDLK_LGUI: case SDLK_RGUI: return true;
    default: return false;
  }
}

}  // namespace

void PresentMode::set_only_with_data(bool only, MapState& state) {
  if (only == only_with_data_) return;
  only_with_data_ = only;
  if (!active() || presenting_story_) return;  // a story's slides are the story's
  presentation_.replace_slides(slides_for(state, only_with_data_));
  show_slide(state);
}

void PresentMode::start(MapState& state, AppWindow& window, bool& panel_visible, std::vector<Slide> story) {
  if (active()) return;
  const bool of_story = !story.empty();
  std::vector<Slide> slides = of_story ? std::move(story) : slides_for(state, only_with_data_);
  if (slides.empty()) return;  // a table without indicators
  const std::size_t at = of_story ? 0 : slide_of(slides, state.selection().indicator);
  presentation_.start(std::move(slides), at);
  presenting_story_ = of_story;
  was_fullscreen_ = window.fullscreen();
  was_panel_visible_ = panel_visible;
  window.set_fullscreen(true);
  panel_visible = false;
  show_slide(state);
}

void PresentMode::stop(AppWindow& window, bool& panel_visible) {
  if (!active()) return;
  presentation_.stop();
  spotlit_.reset();
  window.set_fullscreen(was_fullscreen_);
  panel_visible = was_panel_visible_;
}

bool PresentMode::key(const SDL_Event& event, MapState& state) {
  if (!active() || event.type != SDL_KEYDOWN) return false;
  const SDL_Keycode code = event.key.keysym.sym;
  const bool quit = code == SDLK_q && (event.key.keysym.mod & KMOD_CTRL) != 0;
  if (presentation_.blanked()) {
    // Any key brings the map back (a modifier alone is half of a key, and Ctrl+Q still quits).
    if (is_modifier(code) || quit) return quit ? false : true;
    presentation_.unblank();
    return true;
  }
  const std::optional<PresentKey> key = present_key(code);
  if (!key) return false;
  switch (presentation_.press(*key)) {
    case Presentation::Outcome::nothing: break;
    case Presentation::Outcome::show_slide: show_slide(state); break;
    case Presentation::Outcome::rebuild_slides: set_only_with_data(!only_with_data_, state); break;
  }
  return true;
}

void PresentMode::toggle_spotlight(int district) {
  if (spotlit_ == district) {
    spotlit_.reset();
  } else {
    spotlit_ = district;
  }
}

void PresentMode::show_slide(MapState& state) {
  pointer_.slide_shown(PointerRest::Clock::now());
  const Slide& slide = presentation_.slide();
  const MapSpec shown = shown_spec(slide, state);
  if (shown != state.spec()) state.select(shown);
  if (!slide.spotlight.empty())
    if (const auto index = state.inputs().data.registry.find_code(slide.spotlight)) spotlit_ = static_cast<int>(*index);
}

SeriesPlace PresentMode::series(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                                const LayoutOptions& layout) {
  if (!active()) return {};
  SeriesPlace series{reserve_.get(state, presentation_.slides(), size, measurer, layout), presentation_.counter(), {}};
  if (spotlit_)
    if (const std::optional<DistrictDetails> d = district_details(state, *spotlit_))
      series.spotlight = Spotlight{state.inputs().data.registry.at(static_cast<std::size_t>(*spotlit_)).code, d->name,
                                   d->value_text};
  return series;
}

std::optional<Color> PresentMode::blank_colour() const {
  switch (presentation_.screen()) {
    case Presentation::Screen::map: return std::nullopt;
    case Presentation::Screen::black: return Color{0, 0, 0, 255};
    case Presentation::Screen::white: return Color{255, 255, 255, 255};
  }
  return std::nullopt;
}

}  // namespace hgm::app
