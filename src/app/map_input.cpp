#include "app/map_input.h"

#include <SDL.h>

#include <cmath>

#include "app/window_views.h"

namespace hgm::app {

namespace {

constexpr double kWheelStep = 1.2;  // zoom factor per wheel notch
constexpr double kKeyStep = 1.25;   // zoom factor per +/- press
constexpr double kClickSlop = 5;    // screen coordinates a click may move and still be a click

Vec2 centre_of(const PixelRect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

}  // namespace

std::optional<WindowCommand> MapInput::handle(const SDL_Event& e, MapState& state, const MapInputContext& c) {
  const Bounds& data = state.scene().bounds;
  switch (e.type) {
    case SDL_QUIT: return WindowCommand::quit;
    case SDL_WINDOWEVENT:
      if (e.window.event == SDL_WINDOWEVENT_LEAVE) pointer_.reset();
      if (e.window.event == SDL_WINDOWEVENT_CLOSE) return WindowCommand::quit;
      return std::nullopt;
    case SDL_MOUSEMOTION: {
      const Vec2 now{e.motion.x * c.pixel_ratio, e.motion.y * c.pixel_ratio};
      if (dragging_ && !c.chart) state.view().pan_by_pixels(data, c.map_viewport, e.motion.xrel * c.pixel_ratio,
                                                e.motion.yrel * c.pixel_ratio);
      pointer_ = now;
      return std::nullopt;
    }
    case SDL_MOUSEBUTTONDOWN:
      if (e.button.button == SDL_BUTTON_LEFT && !c.ui_wants_mouse) {
        dragging_ = true;
        pressed_at_ = Vec2{static_cast<double>(e.button.x), static_cast<double>(e.button.y)};
      }
      return std::nullopt;
    case SDL_MOUSEBUTTONUP:
      if (e.button.button == SDL_BUTTON_LEFT) {
        dragging_ = false;
        if (pressed_at_ && std::hypot(e.button.x - pressed_at_->x, e.button.y - pressed_at_->y) <= kClickSlop)
          click_ = Vec2{e.button.x * c.pixel_ratio, e.button.y * c.pixel_ratio};
        pressed_at_.reset();
      }
      return std::nullopt;
    case SDL_MOUSEWHEEL: {
      if (c.ui_wants_mouse) return std::nullopt;
      double notches = e.wheel.preciseY;
      if (e.wheel.direction == SDL_MOUSEWHEEL_FLIPPED) notches = -notches;
      if (notches == 0) return std::nullopt;
      if (c.chart) {  // a table chart's rows scroll (the window knows how many there are)
        chart_wheel_ = chart_wheel_.value_or(0) + notches;
        return std::nullopt;
      }
      int x = 0, y = 0;
      SDL_GetMouseState(&x, &y);
      state.view().zoom_at(data, c.map_viewport, x * c.pixel_ratio, y * c.pixel_ratio, std::pow(kWheelStep, notches));
      return std::nullopt;
    }
    case SDL_KEYDOWN:
      if (c.ui_wants_keyboard) return std::nullopt;
      return key(e, state, c);
    default: return std::nullopt;
  }
}

std::optional<WindowCommand> MapInput::key(const SDL_Event& e, MapState& state, const MapInputContext& c) {
  const bool repeat = e.key.repeat != 0;
  const Bounds& data = state.scene().bounds;
  const Vec2 mid = centre_of(c.map_viewport);
  const auto zoom = [&](double factor) {
    if (!c.chart) state.view().zoom_at(data, c.map_viewport, mid.x, mid.y, factor);
  };
  switch (e.key.keysym.sym) {
    case SDLK_PLUS:
    case SDLK_EQUALS:  // '+' without shift on most layouts
    case SDLK_KP_PLUS: zoom(kKeyStep); break;
    case SDLK_MINUS:
    case SDLK_KP_MINUS: zoom(1 / kKeyStep); break;
    case SDLK_r:
    case SDLK_HOME: state.reset_view(); break;
    case SDLK_RIGHT:
    case SDLK_DOWN: state.step_indicator(1); break;
    case SDLK_LEFT:
    case SDLK_UP: state.step_indicator(-1); break;
    case SDLK_PAGEDOWN: state.step_period(1); break;
    case SDLK_PAGEUP: state.step_period(-1); break;
    case SDLK_l:
      if (!repeat) state.select_lang(other_lang(state.selection().lang));
      break;
    case SDLK_F11:
    case SDLK_f:
      if (!repeat) return WindowCommand::toggle_fullscreen;
      break;
    case SDLK_F5:
      if (!repeat) return WindowCommand::toggle_presentation;
      break;
    case SDLK_v:
      if (!repeat) state.select_view(next_window_view(state.spec().view));
      break;
    case SDLK_h:
      if (!repeat) return WindowCommand::toggle_panel;
      break;
    case SDLK_m:
      if (!repeat) return WindowCommand::toggle_chart_alone;
      break;
    case SDLK_q:
      if ((e.key.keysym.mod & KMOD_CTRL) != 0) return WindowCommand::quit;
      break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace hgm::app
