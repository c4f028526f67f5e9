#pragma once
// The views the window can switch between, in the order the panel shows them and the V
// key steps through them. A chart view laid out by core/views/view_frame appears in the
// window by adding its entry here (and its name in app_text).
#include <vector>

#include "app/app_text.h"
#include "core/spec/map_spec.h"

namespace hgm::app {

struct WindowView {
  ViewKind view;
  UiText name;
};

const std::vector<WindowView>& window_views();

// The view after `view` in window_views(), wrapping around (the first for one not listed).
ViewKind next_window_view(ViewKind view);

}  // namespace hgm::app
