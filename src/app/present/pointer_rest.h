#pragma once
// While presenting, a pointer left resting on the screen must not put a tooltip and an
// outline over the slide. The district under it is told only once the pointer has moved
// since the slide came up, and until it has rested kAwake; the pointer itself hides then
// too, as slide software hides it.
#include <chrono>
#include <optional>

namespace hgm::app {

class PointerRest {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kAwake{3000};

  void moved(Clock::time_point at) { moved_at_ = at; }
  void slide_shown(Clock::time_point at) { shown_at_ = at; }

  bool awake(Clock::time_point now) const { return until_rest(now).has_value(); }
  // How long until it rests; nullopt when it already does.
  std::optional<Clock::duration> until_rest(Clock::time_point now) const {
    if (!moved_at_ || *moved_at_ <= shown_at_) return std::nullopt;
    const Clock::duration left = *moved_at_ + kAwake - now;
    if (left <= Clock::duration::zero()) return std::nullopt;
    return left;
  }

 private:
  std::optional<Clock::time_point> moved_at_;
  Clock::time_point shown_at_{};
};

}  // namespace hgm::app
