#include "app/present/presentation.h"

#include <SDL.h>

#include <algorithm>

namespace hgm::app {

std::optional<PresentKey> present_key(int code) {
  switch (code) {
    case SDLK_RIGHT:
    case SDLK_DOWN:
    case SDLK_PAGEDOWN:
    case SDLK_SPACE:
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return PresentKey::next;
    case SDLK_LEFT:
    case SDLK_UP:
    case SDLK_PAGEUP:
    case SDLK_BACKSPACE: return PresentKey::previous;
    case SDLK_HOME: return PresentKey::first;
    case SDLK_END: return PresentKey::last;
    case SDLK_b:
    case SDLK_PERIOD: return PresentKey::black;  // some clickers send '.' for "blank"
    case SDLK_w:
    case SDLK_COMMA: return PresentKey::white;
    case SDLK_a: return PresentKey::show_all;
    default: return std::nullopt;
  }
}

void Presentation::start(std::vector<Slide> slides, std::size_t at) {
  slides_ = std::move(slides);
  at_ = slides_.empty() ? 0 : std::min(at, slides_.size() - 1);
  screen_ = Screen::map;
  active_ = !slides_.empty();
}

void Presentation::replace_slides(std::vector<Slide> slides) {
  if (slides.empty()) return;
  const std::string indicator = slides_.empty() ? std::string() : slide().indicator;
  const auto same = std::find_if(slides.begin(), slides.end(), [&](const Slide& s) { return s.indicator == indicator; });
  // Without the same indicator, the one that came after it in the old order is not known:
  // keep the position instead.
  const std::size_t at = same != slides.end() ? static_cast<std::size_t>(same - slides.begin()) : at_;
  start(std::move(slides), at);
}

void Presentation::stop() {
  active_ = false;
  screen_ = Screen::map;
}

Presentation::Outcome Presentation::press(PresentKey key) {
  if (!active_) return Outcome::nothing;
  if (blanked()) {
    unblank();
    return Outcome::nothing;
  }
  const std::size_t before = at_;
  switch (key) {
    case PresentKey::next: at_ = std::min(at_ + 1, slides_.size() - 1); break;
    case PresentKey::previous: at_ = at_ > 0 ? at_ - 1 : 0; break;
    case PresentKey::first: at_ = 0; break;
    case PresentKey::last: at_ = slides_.size() - 1; break;
    case PresentKey::black: screen_ = Screen::black; return Outcome::nothing;
    case PresentKey::white: screen_ = Screen::white; return Outcome::nothing;
    case PresentKey::show_all: return Outcome::rebuild_slides;
  }
  return at_ != before ? Outcome::show_slide : Outcome::nothing;
}

std::string Presentation::counter() const {
  if (!active_) return {};
  return std::to_string(at_ + 1) + " / " + std::to_string(slides_.size());
}

}  // namespace hgm::app
