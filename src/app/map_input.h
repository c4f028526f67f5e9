#pragma once
// Mouse and keyboard on the map: drag to pan, wheel and +/- to zoom, R/Home to reset,
// arrow keys to step through indicators, Page Up/Down through periods, L to switch language,
// V to switch view, M to show a chart alone or beside the map; a click (a press and release without dragging) is kept for the window
// to pin or spotlight the district under it. Changes go to the MapState; what only the
// window can do (full screen, quit, hiding the panel, presenting on F5) comes back as a
// command. Esc is the window's (escape.h).
#include <optional>
#include <utility>

#include "app/map_state.h"
#include "core/layout/map_view.h"

union SDL_Event;

namespace hgm::app {

enum class WindowCommand { quit, toggle_fullscreen, toggle_panel, toggle_presentation, toggle_chart_alone };

struct MapInputContext {
  PixelRect map_viewport;   // of the frame on screen, drawable pixels
  double pixel_ratio = 1;   // drawable pixels per screen coordinate (events use the latter)
  bool ui_wants_mouse = false;
  bool ui_wants_keyboard = false;
  bool chart = false;       // a chart view is shown: nothing to pan or zoom
};

class MapInput {
 public:
  // May throw hgm::UsageError from MapState when a step lands on an unusable map.
  std::optional<WindowCommand> handle(const SDL_Event& event, MapState& state, const MapInputContext& context);

  bool dragging() const { return dragging_; }
  // Where the pointer is, in drawable pixels; nullopt when it is outside the window.
  std::optional<Vec2> pointer() const { return pointer_; }
  // Where the last click landed (drawable pixels), once; nullopt when there was none since.
  std::optional<Vec2> take_click() { return std::exchange(click_, std::nullopt); }
  // Wheel notches turned over a chart since last asked (positive: away from the user, up).
  std::optional<double> take_chart_wheel() { return std::exchange(chart_wheel_, std::nullopt); }

 private:
  std::optional<WindowCommand> key(const SDL_Event& event, MapState& state, const MapInputContext& context);

  bool dragging_ = false;
  std::optional<Vec2> pointer_;
  std::optional<Vec2> pressed_at_;  // where the left button went down, off the interface
  std::optional<Vec2> click_;
  std::optional<double> chart_wheel_;
};

}  // namespace hgm::app
