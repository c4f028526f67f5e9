#pragma once
// The collapsible side panel: indicator list (with a search box when there are many),
// period, language, view buttons. It only shows the state and reports what the user asked
// for; the caller applies the requests to the MapState.
#include <array>
#include <optional>
#include <string>

#include "app/imgui_layer.h"
#include "app/map_state.h"

namespace hgm::app {

struct PanelRequests {
  std::optional<std::string> indicator;
  std::optional<std::string> period;
  std::optional<Lang> lang;
  bool reset_view = false;
  bool toggle_fullscreen = false;
  bool hide_panel = false;
};

// Where the panel goes, in screen coordinates (ImGui's units).
struct PanelPlacement {
  float right = 0, top = 0;  // top-right corner
  float width = 0;
  float max_height = 0;
};

class SidePanel {
 public:
  PanelRequests draw(const MapState& state, const PanelPlacement& at, bool fullscreen, const UiFonts& fonts);

 private:
  void indicator_list(const MapState& state, float max_height, PanelRequests& requests, const UiFonts& fonts);

  std::array<char, 128> search_{};  // the search box's text
  std::string scrolled_to_;         // indicator the list last scrolled to
  float tail_height_ = 0;           // height of everything under the list, last frame
};

}  // namespace hgm::app
