#pragma once
// What loading a planner's table found, in a window of its own: how many rows were read
// and matched, every issue with its file:line, reason and closest district names, and how
// each column's numbers were read. A file that could not be read shows why.
#include <cstddef>
#include <optional>

#include "app/platform/imgui_layer.h"
#include "app/map_state.h"

namespace hgm::app {

class ImportReportWindow {
 public:
  // Shows the report of state.table_loads()[index].
  void open(std::size_t index) { shown_ = index; placed_ = false; }
  // `display_w`, `display_h`: the window's size in screen coordinates.
  void draw(const MapState& state, const UiFonts& fonts, float display_w, float display_h);

 private:
  std::optional<std::size_t> shown_;
  bool placed_ = false;
};

}  // namespace hgm::app
