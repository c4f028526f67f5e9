// The side panel's view switch (Bản đồ / Xếp hạng / …, one button per window view, the
// current one lit) and the pinned districts (their names, how to pin, a button to unpin).
#include <imgui.h>

#include <algorithm>

#include "app/app_text.h"
#include "app/panels/side_panel.h"
#include "app/panels/text_wrap.h"
#include "app/window_views.h"
#include "core/text/text_join.h"

namespace hgm::app {

void SidePanel::view_switch(const MapState& state, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const auto& views = window_views();
  // As many buttons on a row as their longest name lets fit (two rows of two in a narrow
  // panel), all of one width.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  float widest = 0;
  for (const WindowView& v : views) widest = std::max(widest, ImGui::CalcTextSize(ui_text(lang, v.name)).x);
  widest += ImGui::GetStyle().FramePadding.x * 2;
  const std::size_t per_row =
      std::clamp<std::size_t>(static_cast<std::size_t>((avail + gap) / (widest + gap)), 1, views.size());
  const std::size_t rows = (views.size() + per_row - 1) / per_row;
  const std::size_t columns = (views.size() + rows - 1) / rows;  // even rows: 2 + 2, not 3 + 1
  const float width = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < views.size(); ++i) {
    if (i % columns != 0) ImGui::SameLine();
    const bool current = views[i].view == state.spec().view;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const std::string label = std::string(ui_text(lang, views[i].name)) + "###view-" + view_kind_id(views[i].view);
    if (ImGui::Button(label.c_str(), ImVec2(width, 0)) && !current) requests.view = views[i].view;
    if (current) ImGui::PopStyleColor();
  }
}

namespace {

// The districts to pin from, by name, the pinned ones ticked: a profile shown alone has no
// map to click, and a planner may know the name before the place.
// The list says what is pinned when it is closed.
void pin_list(const MapState& state, const std::string& shown, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const DistrictRegistry& registry = state.inputs().data.registry;
  const std::vector<std::string>& pinned = state.spec().pinned;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  const bool open = ImGui::BeginCombo("##pin-list", shown.c_str());
  if (!open && ImGui::IsItemHovered()) {  // how else to pin, said where the pointer is
    ImGui::BeginTooltip();
    text_wrapped_at_spaces(ui_text(lang, UiText::pin_hint), ImGui::GetFontSize() * 22);
    ImGui::EndTooltip();
  }
  if (!open) return;
  for (const District& d : registry.districts()) {
    const bool on = std::find(pinned.begin(), pinned.end(), d.code) != pinned.end();
    const std::string label = pick(lang, d.short_vi, d.short_en) + "###pin-" + d.code;
    if (ImGui::Selectable(label.c_str(), on, ImGuiSelectableFlags_DontClosePopups)) requests.toggle_pin = d.code;
  }
  ImGui::EndCombo();
}

}  // namespace

// The same lines whether or not a district is pinned (the list, saying what is pinned, and
// the unpin button, greyed with none; how else to pin is the list's tooltip), so pinning from the list moves nothing under the pointer: a second
// click lands on the district it aims at.
void SidePanel::pinned_districts(const MapState& state, EscapeAction escape, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const std::vector<std::string>& pinned = state.spec().pinned;
  std::vector<std::string> names;
  const DistrictRegistry& registry = state.inputs().data.registry;
  for (const std::string& code : pinned)
    if (const auto d = registry.find_code(code)) names.push_back(pick(lang, registry.at(*d).short_vi, registry.at(*d).short_en));
  pin_list(state, names.empty() ? ui_text(lang, UiText::pin_from_list) : ui_text(lang, UiText::pinned_line, {{"names", join(names)}}),
           requests);
  ImGui::BeginDisabled(pinned.empty());
  const std::string unpin = with_escape_key(ui_text(lang, UiText::clear_pins), EscapeAction::unpin, escape);
  if (ImGui::Button((unpin + "###clear-pins").c_str())) requests.clear_pins = true;
  ImGui::EndDisabled();
}

}  // namespace hgm::app
