#pragma once
// Presentation mode in the window: full screen on the display the window is on, the
// side panel hidden, the clicker's keys stepping through the slides (a story's, or else one
// per indicator with data for the period), the map kept in place from slide to slide, a
// discreet slide counter, and a black or white screen on B or W.
#include <optional>
#include <vector>

#include "app/map_state.h"
#include "app/platform/sdl_window.h"
#include "app/present/pointer_rest.h"
#include "app/present/presentation.h"
#include "app/present/slide_reserve.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"
#include "core/thematic/color.h"

union SDL_Event;

namespace hgm::app {

class PresentMode {
 public:
  bool active() const { return presentation_.active(); }
  // Steps only through the indicators with figures for the period, or through all of
  // them (the panel's toggle and the A key).
  bool only_with_data() const { return only_with_data_; }
  void set_only_with_data(bool only, MapState& state);
  // Full screen with the panel hidden, starting at the map on screen (or the first slide
  // when its indicator has no figures). A story's slides (slides.h story_slides), when
  // there are any, are presented instead of the indicators, from the first. May throw
  // hgm::UsageError from the MapState.
  void start(MapState& state, AppWindow& window, bool& panel_visible, std::vector<Slide> story);
  // Back to the window as it was; the map stays on the last slide.
  void stop(AppWindow& window, bool& panel_visible);

  // A key while presenting: true when presentation mode used it (the map's own keys get
  // the others; Esc is the window's, escape.h). May throw hgm::UsageError when a slide
  // cannot be drawn.
  bool key(const SDL_Event& event, MapState& state);

  // A click on a district of the presented map (registry index): spotlights it, or puts
  // the spotlight out when it is the spotlit one. The window hit-tests the click.
  void toggle_spotlight(int district);

  // The fixed room and counter the presented frame is laid out with (none when not
  // presenting). `layout` is the one the window lays the map out with.
  SeriesPlace series(const MapState& state, PixelSize size, const TextMeasurer& measurer,
                     const LayoutOptions& layout);
  // Black or white while the screen is blanked.
  std::optional<Color> blank_colour() const;
  bool blanked() const { return presentation_.blanked(); }
  void unblank() { presentation_.unblank(); }
  bool spotlight() const { return spotlit_.has_value(); }
  std::optional<int> spotlit() const { return spotlit_; }  // registry index
  void clear_spotlight() { spotlit_.reset(); }

  // The pointer moved (any time); whether the district under it may be told now, and how
  // long until it may not (pointer_rest.h). Outside presenting it always may.
  void pointer_moved() { pointer_.moved(PointerRest::Clock::now()); }
  bool pointer_awake() const { return !active() || pointer_.awake(PointerRest::Clock::now()); }
  std::optional<PointerRest::Clock::duration> until_pointer_rests() const {
    return active() ? pointer_.until_rest(PointerRest::Clock::now()) : std::nullopt;
  }

 private:
  void show_slide(MapState& state);

  Presentation presentation_;
  SlideReserve reserve_;
  bool only_with_data_ = true;
  bool presenting_story_ = false;  // the slides are a story's (only_with_data does not change them)
  bool was_fullscreen_ = false, was_panel_visible_ = true;
  std::optional<int> spotlit_;  // registry index
  PointerRest pointer_;
};

}  // namespace hgm::app
