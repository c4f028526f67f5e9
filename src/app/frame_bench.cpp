#include "app/frame_bench.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace hgm::app {

namespace {

constexpr int kStillFrames = 5;
constexpr int kHoverSteps = 40;
constexpr int kPanelSteps = 12;
constexpr int kDragSteps = 30;
constexpr int kWheelNotches = 8;
constexpr int kIdleFrames = 40;  // after the wheel: until the map is drawn sharp again
constexpr int kIndicatorSwitches = 10;

void push_button(Uint32 type, int x, int y) {
  SDL_Event e{};
  e.type = type;
  e.button.button = SDL_BUTTON_LEFT;
  e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
  e.button.clicks = 1;
  e.button.x = x;
  e.button.y = y;
  SDL_PushEvent(&e);
}

// A warp's own motion event moves nothing (SDL forgets the last position on a warp), so a
// drag step also says how far the pointer went.
void push_motion(SDL_Point to, int dx, int dy) {
  SDL_Event e{};
  e.type = SDL_MOUSEMOTION;
  e.motion.state = SDL_BUTTON_LMASK;
  e.motion.x = to.x;
  e.motion.y = to.y;
  e.motion.xrel = dx;
  e.motion.yrel = dy;
  SDL_PushEvent(&e);
}

void push_wheel(double notches) {
  SDL_Event e{};
  e.type = SDL_MOUSEWHEEL;
  e.wheel.y = static_cast<Sint32>(notches);
  e.wheel.preciseY = static_cast<float>(notches);
  e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
  SDL_PushEvent(&e);
}

void push_key(Uint32 type, SDL_Keycode key, SDL_Scancode scancode) {
  SDL_Event e{};
  e.type = type;
  e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
  e.key.keysym.sym = key;
  e.key.keysym.scancode = scancode;
  SDL_PushEvent(&e);
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

}  // namespace

void FrameBench::plan(const PixelRect& v, double pixel_ratio) {
  // Screen coordinates (what SDL's pointer uses) of a point of the map viewport.
  const double k = pixel_ratio > 0 ? 1 / pixel_ratio : 1;
  SDL_Window* window = window_.handle();
  const auto at = [=](double fx, double fy) {
    return SDL_Point{static_cast<int>((v.x + v.w * fx) * k), static_cast<int>((v.y + v.h * fy) * k)};
  };
  const auto warp = [window](SDL_Point p) { SDL_WarpMouseInWindow(window, p.x, p.y); };
  const auto add = [this](std::string kind, std::function<void()> act) { steps_.push_back({std::move(kind), std::move(act)}); };

  for (int i = 0; i < kStillFrames; ++i) add("still", [] {});
  // Over the map: across it and down its diagonal, crossing district borders.
  for (int i = 0; i < kHoverSteps; ++i) {
    const double t = 0.15 + 0.7 * i / (kHoverSteps - 1);
    const SDL_Point p = i % 2 == 0 ? at(t, 0.5) : at(t, t);
    add("hover", [=] { warp(p); });
  }
  for (int i = 0; i < 3; ++i) add("settle", [] {});
  // Over the side panel (right of the map), its widgets highlighting under the pointer.
  const PixelSize screen = window_.window_size();
  for (int i = 0; i < kPanelSteps; ++i) {
    const SDL_Point p{screen.width - 120, screen.height * (3 + i) / 20};
    add("panel", [=] { warp(p); });
  }
  // A drag across the map, then the wheel in and out at its middle.
  const SDL_Point mid = at(0.5, 0.5);
  add("hover", [=] { warp(mid); });  // off the panel first, so the press is the map's
  add("pan", [=] { push_button(SDL_MOUSEBUTTONDOWN, mid.x, mid.y); });
  for (int i = 1; i <= kDragSteps; ++i) {
    const SDL_Point p{mid.x + 6 * i, mid.y + 3 * i};
    add("pan", [=] {
      warp(p);
      push_motion(p, 6, 3);
    });
  }
  const SDL_Point end{mid.x + 6 * kDragSteps, mid.y + 3 * kDragSteps};
  add("pan-end", [=] { push_button(SDL_MOUSEBUTTONUP, end.x, end.y); });
  add("pan-end", [=] { warp(mid); });
  for (const double notch : {1.0, -1.0}) {
    for (int i = 0; i < kWheelNotches; ++i) add("zoom", [=] { push_wheel(notch); });
    for (int i = 0; i < kIdleFrames; ++i) add("zoom-idle", [] {});
  }
  // Off the map, so the tooltip does not cover what changes.
  add("still", [=] { SDL_WarpMouseInWindow(window, 2, 2); });
  for (int i = 0; i < kIndicatorSwitches; ++i) {
    add("indicator", [] { push_key(SDL_KEYDOWN, SDLK_RIGHT, SDL_SCANCODE_RIGHT); });
    add("settle", [] { push_key(SDL_KEYUP, SDLK_RIGHT, SDL_SCANCODE_RIGHT); });
  }
}

bool FrameBench::feed(const PixelRect& map_viewport, double pixel_ratio) {
  if (steps_.empty()) plan(map_viewport, pixel_ratio);
  if (next_ >= steps_.size()) return false;
  steps_[next_].act();
  return true;
}

void FrameBench::record(double ms, double cpu_ms, FrameWork work, bool outlined) {
  if (next_ >= steps_.size()) return;
  samples_.push_back({steps_[next_].kind, ms, cpu_ms, work, outlined});
  ++next_;
}

std::string FrameBench::report() const {
  // Kinds in the order they first came, each split into frames that drew the map anew,
  // frames that put the kept map back (still or moved) and frames that drew nothing.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Sample*>> by_kind;
  for (const Sample& s : samples_) {
    const std::string key = s.kind + (s.work == FrameWork::map_drawn     ? " (map drawn)"
                                      : s.work == FrameWork::nothing_new ? " (nothing new)"
                                                                         : "");
    if (by_kind.find(key) == by_kind.end()) order.push_back(key);
    by_kind[key].push_back(&s);
  }
  const PixelSize size = window_.drawable_size();
  std::ostringstream out;
  out << "frame times at " << size.width << "x" << size.height
      << ", ms from the frame's events to its swap: wall, and processor time of all threads\n";
  char line[200];
  std::snprintf(line, sizeof line, "%-24s %5s %8s %8s %8s %8s %8s %9s\n", "kind", "n", "p50", "p95", "max",
                "cpu p50", "cpu p95", "outlined");
  out << line;
  for (const std::string& key : order) {
    std::vector<double> ms, cpu;
    int outlined = 0;
    for (const Sample* s : by_kind[key]) {
      ms.push_back(s->ms);
      cpu.push_back(s->cpu_ms);
      outlined += s->outlined ? 1 : 0;
    }
    std::snprintf(line, sizeof line, "%-24s %5zu %8.1f %8.1f %8.1f %8.1f %8.1f %9d\n", key.c_str(), ms.size(),
                  percentile(ms, 0.5), percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()),
                  percentile(cpu, 0.5), percentile(cpu, 0.95), outlined);
    out << line;
  }
  return out.str();
}

}  // namespace hgm::app
