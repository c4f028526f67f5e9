#pragma once
// Manual class breaks, edited two ways: on a strip chart of the current figures (one tick
// per district, the province figure as a dashed line, the breaks as handles to drag;
// double-click adds a break, right-click on a handle removes it) and as text
// ("10; 15,8; 30"). Only rising breaks are requested; a text that is not valid is
// explained under the field and the map keeps its breaks.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/imgui_layer.h"
#include "app/map_state.h"

namespace hgm::app {

class BreaksEditor {
 public:
  // Sets `request` when the user changed the breaks.
  void draw(const MapState& state, std::optional<std::vector<double>>& request, const UiFonts& fonts);

 private:
  void chart(const MapState& state, const std::vector<double>& breaks, std::optional<std::vector<double>>& request,
             const UiFonts& fonts);
  // Drags, adds and removes breaks; `pointed` is the value under the pointer, `lo`..`hi` the chart's range.
  void handle_pointer(const std::vector<double>& breaks, int near_handle, bool hovered, double lo, double hi,
                      double pointed, std::optional<std::vector<double>>& request);
  void text_field(const MapState& state, std::optional<std::vector<double>>& request);

  int dragging_ = -1;              // index of the handle being dragged
  std::vector<double> dragged_;    // the breaks while dragging
  double frozen_lo_ = 0, frozen_hi_ = 0;  // the chart's range, kept still while dragging
  std::array<char, 256> text_{};
  std::string state_text_;         // the state's breaks as text when last copied into the field
  bool editing_ = false;           // the field had keyboard focus last frame
  std::string error_;
};

}  // namespace hgm::app
