#include "app/panels/view_controls.h"

#include <imgui.h>

#include <algorithm>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

constexpr std::size_t kMostPanels = 4;

// The period the current one is compared with; side by side it may be none (several
// indicators in one period instead).
void compared_period_combo(const MapState& state, PanelRequests& requests) {
  const MapSpec& spec = state.spec();
  const Lang lang = spec.lang;
  const bool may_be_none = spec.view == ViewKind::multiples;
  // Side by side, none means several indicators; the change map with no second period has
  // nothing to compare yet (a table with another period gives one).
  const std::string none = ui_text(lang, may_be_none ? UiText::compared_none : UiText::compared_missing);
  const std::string current = spec.compared_period.empty() ? none : period_title(spec.compared_period, lang);
  ImGui::TextUnformatted(ui_text(lang, UiText::compared_period));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (!ImGui::BeginCombo("##compared-period", current.c_str())) return;
  if (may_be_none && ImGui::Selectable(none.c_str(), spec.compared_period.empty()) && !spec.compared_period.empty())
    requests.compared_period = std::string();
  for (const std::string& p : state.table().periods()) {
    if (p == spec.period) continue;
    const bool selected = p == spec.compared_period;
    if (ImGui::Selectable(period_title(p, lang).c_str(), selected) && !selected) requests.compared_period = p;
  }
  ImGui::EndCombo();
}

// The panels' indicators, each removable while more than two remain, and the current
// indicator to add while there is room.
void panel_indicators(const MapState& state, PanelRequests& requests) {
  const MapSpec& spec = state.spec();
  const Lang lang = spec.lang;
  const std::vector<std::string>& ids = spec.indicators;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Indicator* ind = state.table().find_indicator(ids[i]);
    const std::string name = ind ? pick(lang, ind->name_vi, ind->name_en) : ids[i];
    ImGui::PushID(static_cast<int>(i));
    if (ids.size() > 2) {
      if (ImGui::SmallButton("×")) {
        std::vector<std::string> fewer = ids;
        fewer.erase(fewer.begin() + static_cast<long>(i));
        requests.panel_indicators = fewer;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_text(lang, UiText::panels_remove));
      ImGui::SameLine();
    }
    ImGui::TextUnformatted((std::to_string(i + 1) + ". " + name).c_str());
    ImGui::PopID();
  }
  const bool listed = std::find(ids.begin(), ids.end(), spec.indicator) != ids.end();
  if (listed || ids.size() >= kMostPanels) return;
  const Indicator* current = state.table().find_indicator(spec.indicator);
  const std::string name = current ? pick(lang, current->name_vi, current->name_en) : spec.indicator;
  if (ImGui::Button((ui_text(lang, UiText::panels_add, {{"name", name}}) + "###add-panel").c_str(), ImVec2(-1, 0))) {
    std::vector<std::string> more = ids;
    more.push_back(spec.indicator);
    requests.panel_indicators = more;
  }
}

// Indicators with figures only (the default), and the order of rows and columns.
void overview_controls(const MapState& state, PanelRequests& requests) {
  const MapSpec& spec = state.spec();
  const Lang lang = spec.lang;
  bool only_with_data = !spec.overview_all;
  if (ImGui::Checkbox(ui_text(lang, UiText::overview_with_data), &only_with_data)) requests.overview_all = !only_with_data;
  ImGui::TextUnformatted(ui_text(lang, UiText::overview_order));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  const auto name = [&](OverviewOrder o) {
    return ui_text(lang, o == OverviewOrder::group      ? UiText::overview_by_group
                         : o == OverviewOrder::district ? UiText::overview_by_district
                                                        : UiText::overview_by_pinned);
  };
  if (!ImGui::BeginCombo("##overview-order", name(spec.overview_order))) return;
  for (const OverviewOrder o : {OverviewOrder::group, OverviewOrder::district, OverviewOrder::pinned}) {
    // By a pinned district's comparison only once one is pinned.
    const bool usable = o != OverviewOrder::pinned || !spec.pinned.empty();
    const ImGuiSelectableFlags flags = usable ? ImGuiSelectableFlags_None : ImGuiSelectableFlags_Disabled;
    if (ImGui::Selectable(name(o), o == spec.overview_order, flags) && o != spec.overview_order)
      requests.overview_order = o;
  }
  ImGui::EndCombo();
}

}  // namespace

void view_controls(const MapState& state, PanelRequests& requests, const UiFonts& fonts) {
  const MapSpec& spec = state.spec();
  if (spec.view == ViewKind::overview) {
    ImGui::Spacing();
    overview_controls(state, requests);
    ImGui::Spacing();
    return;
  }
  if (spec.view != ViewKind::multiples && spec.view != ViewKind::change) return;
  ImGui::Spacing();
  section_heading(ui_text(spec.lang, spec.view == ViewKind::change ? UiText::view_change : UiText::panels_heading), fonts);
  compared_period_combo(state, requests);
  if (spec.view == ViewKind::multiples && spec.compared_period.empty()) panel_indicators(state, requests);
  ImGui::Spacing();
}

}  // namespace hgm::app
