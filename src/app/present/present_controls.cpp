#include "app/present/present_controls.h"

#include <imgui.h>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"

namespace hgm::app {

void present_controls(const MapState& state, bool only_with_data, PanelRequests& requests, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  section_heading(ui_text(lang, UiText::text_size), fonts);
  help_marker(ui_text(lang, UiText::text_size_tip));
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
  const TextSize current = state.layout().text_size;
  ImGui::SetNextItemWidth(half);
  if (ImGui::BeginCombo("##text_size", text_size_name(lang, current))) {
    for (const TextSize size : all_text_sizes()) {
      if (ImGui::Selectable(text_size_name(lang, size), size == current) && size != current) {
        LayoutOptions layout = state.layout();
        layout.text_size = size;
        requests.layout = layout;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button(ui_text(lang, UiText::present), ImVec2(half, 0))) requests.present = true;
  bool ticked = only_with_data;
  if (ImGui::Checkbox(ui_text(lang, UiText::only_with_data), &ticked)) requests.present_only_with_data = ticked;
  item_tooltip(ui_text(lang, UiText::only_with_data_tip));
}

}  // namespace hgm::app
