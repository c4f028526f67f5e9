// The side panel's "Trình bày" tab: which map elements are shown, and the title and
// subtitle (empty fields take the automatic text).
#include <imgui.h>

#include <array>
#include <cstdio>
#include <cstring>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/side_panel.h"

namespace hgm::app {

namespace {

bool element(Lang lang, UiText label, bool& shown) { return ImGui::Checkbox(ui_text(lang, label), &shown); }

// A text field whose placeholder is the automatic text, with a button that goes back to it.
// Returns true when the text changed.
template <std::size_t N>
bool override_field(const char* id, Lang lang, const std::string& automatic, const std::string& current,
                    std::array<char, N>& buffer, bool& editing) {
  if (!editing && current != buffer.data()) std::snprintf(buffer.data(), buffer.size(), "%s", current.c_str());
  const char* reset = ui_text(lang, UiText::reset_to_automatic);
  const float button_w = ImGui::CalcTextSize(reset).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x);
  bool changed = ImGui::InputTextWithHint(id, automatic.c_str(), buffer.data(), buffer.size());
  editing = ImGui::IsItemActive();
  item_tooltip(ui_text(lang, UiText::automatic_text_tip));
  ImGui::SameLine();
  ImGui::BeginDisabled(buffer[0] == '\0');
  ImGui::PushID(id);
  if (ImGui::Button(reset)) {
    buffer[0] = '\0';
    changed = true;
  }
  ImGui::PopID();
  ImGui::EndDisabled();
  return changed;
}

}  // namespace

void SidePanel::layout_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  section_heading(ui_text(lang, UiText::map_elements), fonts);
  LayoutOptions layout = state.layout();
  bool changed = false;
  if (ImGui::BeginTable("##elements", 2)) {
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_title, layout.show_title);
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_scale_bar, layout.show_scale_bar);
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_legend, layout.show_legend);
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_north_arrow, layout.show_north_arrow);
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_labels, layout.show_labels);
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_locator, layout.show_locator);
    help_marker(ui_text(lang, UiText::locator_with_panel));
    ImGui::TableNextColumn();
    changed |= element(lang, UiText::show_credits, layout.show_credits);
    item_tooltip(ui_text(lang, UiText::credits_licence));
    ImGui::EndTable();
  }
  if (changed) requests.layout = layout;
  if (!layout.show_credits) warning_text(ui_text(lang, UiText::credits_off_warning));

  ImGui::Spacing();
  const MapSelection& sel = state.selection();
  section_heading(ui_text(lang, UiText::title), fonts);
  bool titles = override_field("##title", lang, state.automatic_title(), sel.title, title_, editing_title_);
  section_heading(ui_text(lang, UiText::subtitle), fonts);
  titles |= override_field("##subtitle", lang, state.automatic_subtitle(), sel.subtitle, subtitle_, editing_subtitle_);
  if (titles) requests.titles = std::make_pair(std::string(title_.data()), std::string(subtitle_.data()));
}

}  // namespace hgm::app
