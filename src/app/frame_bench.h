#pragma once
// `hagiang-map-app --bench`: a fixed walk through what a user does with the window, fed to
// the real loop as events one frame at a time — the pointer moved over the districts and
// over the panel, a drag, wheel zooms in and out, indicator switches — with each frame
// timed from its events to the end of its swap. The report is p50/p95/max per kind of
// frame, split by whether the frame drew the map anew. Numbers for notes, never asserted.
//
// The pointer is moved with SDL_WarpMouseInWindow, so its motion comes back from the X
// server as a real motion event; buttons, the wheel and keys are pushed as SDL events.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "app/platform/sdl_window.h"
#include "core/layout/map_view.h"

namespace hgm::app {

// What a frame did: put the kept map back (still or moved) under the interface, drew the
// map anew, or nothing at all (it would have shown the same pixels as the last one).
enum class FrameWork { kept_map, map_drawn, nothing_new };

class FrameBench {
 public:
  explicit FrameBench(AppWindow& window) : window_(window) {}

  // Feeds the events of the next frame; false when the walk is over. `map_viewport` is the
  // map's on screen (drawable pixels), where the walk points and drags.
  bool feed(const PixelRect& map_viewport, double pixel_ratio);
  // How long the frame started by the last feed() took, in wall time and in processor
  // time of the whole process (all its threads, llvmpipe's too: on a shared machine the
  // wall time also holds the waits for a core), what it did, and whether a district was
  // outlined.
  void record(double ms, double cpu_ms, FrameWork work, bool outlined);
  std::string report() const;

 private:
  struct Step {
    std::string kind;
    std::function<void()> act;  // pushes the frame's events
  };
  struct Sample {
    std::string kind;
    double ms = 0;
    double cpu_ms = 0;
    FrameWork work = FrameWork::kept_map;
    bool outlined = false;
  };
  void plan(const PixelRect& viewport, double pixel_ratio);

  AppWindow& window_;
  std::vector<Step> steps_;
  std::size_t next_ = 0;
  std::vector<Sample> samples_;
};

}  // namespace hgm::app
