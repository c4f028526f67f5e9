#include "app/window_views.h"

#include <algorithm>

namespace hgm::app {

const std::vector<WindowView>& window_views() {
  static const std::vector<WindowView> views{
      {ViewKind::map, UiText::view_map},
      {ViewKind::rank, UiText::view_rank},
      {ViewKind::overview, UiText::view_overview},
      {ViewKind::profile, UiText::view_profile},
      {ViewKind::multiples, UiText::view_multiples},
      {ViewKind::change, UiText::view_change},
  };
  return views;
}

ViewKind next_window_view(ViewKind view) {
  const auto& views = window_views();
  const auto it = std::find_if(views.begin(), views.end(), [&](const WindowView& v) { return v.view == view; });
  if (it == views.end() || it + 1 == views.end()) return views.front().view;
  return (it + 1)->view;
}

}  // namespace hgm::app
