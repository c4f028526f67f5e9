#include "app/panels/side_panel.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "app/app_text.h"
#include "app/panels/indicator_filter.h"
#include "app/panels/view_controls.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"
#include "app/present/present_controls.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

constexpr std::size_t kSearchFrom = 8;  // indicators before a search box is worth its space

float wrapped_height(const std::string& text, float width) {
  return static_cast<float>(wrap_at_spaces(text, width).size()) * ImGui::GetTextLineHeight();
}

// A selectable row whose (long, Vietnamese) text wraps instead of being cut off.
bool wrapped_selectable(const char* id, const std::string& text, bool selected) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad = style.FramePadding.x * 0.6f;
  const std::vector<std::string> lines = wrap_at_spaces(text, ImGui::GetContentRegionAvail().x - 2 * pad);
  const float line_h = ImGui::GetTextLineHeight();
  const float height = static_cast<float>(lines.size()) * line_h + style.FramePadding.y;
  const bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(0, height));
  const ImVec2 at = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = at.y + style.FramePadding.y * 0.5f;
  for (const std::string& line : lines) {
    draw->AddText(ImVec2(at.x + pad, y), ImGui::GetColorU32(ImGuiCol_Text), line.c_str());
    y += line_h;
  }
  return clicked;
}

void description_tooltip(const Indicator& ind, Lang lang) {
  const std::string& description = pick(lang, ind.description_vi, ind.description_en);
  if (description.empty() || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  text_wrapped_at_spaces(description, ImGui::GetFontSize() * 24);
  ImGui::EndTooltip();
}

// Period and language side by side (both are short choices): headings on one line, the
// two combos on the next, so ImGui's baseline alignment keeps each row level.
void period_and_language(const MapState& state, PanelRequests& requests, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
  const float left = ImGui::GetCursorPosX();
  section_heading(tr(lang, Msg::period), fonts);
  ImGui::SameLine(left + half + gap);
  section_heading(tr(lang, Msg::language), fonts);

  ImGui::SetNextItemWidth(half);
  const std::string current = period_title(state.selection().period, lang);
  if (ImGui::BeginCombo("##period", current.c_str())) {
    for (const std::string& p : state.table().periods()) {
      const bool selected = p == state.selection().period;
      if (ImGui::Selectable(period_title(p, lang).c_str(), selected) && !selected) requests.period = p;
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(left + half + gap);
  ImGui::SetNextItemWidth(half);
  const UiText current_lang = pick(lang, UiText::language_vi, UiText::language_en);
  if (ImGui::BeginCombo("##language", ui_text(lang, current_lang))) {
    for (const Lang option : {Lang::vi, Lang::en}) {
      const UiText name = pick(option, UiText::language_vi, UiText::language_en);
      if (ImGui::Selectable(ui_text(lang, name), option == lang) && option != lang) requests.lang = option;
    }
    ImGui::EndCombo();
  }
}

void view_buttons(Lang lang, bool fullscreen, EscapeAction escape, PanelRequests& requests) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  const std::string reset = std::string(tr(lang, Msg::reset_view)) + " (R)";
  if (ImGui::Button(reset.c_str(), ImVec2(half, 0))) requests.reset_view = true;
  ImGui::SameLine();
  const std::string full = fullscreen ? with_escape_key(ui_text(lang, UiText::leave_fullscreen),
                                                        EscapeAction::leave_fullscreen, escape)
                                      : std::string(ui_text(lang, UiText::fullscreen));
  // "###" keeps the button's identity when "(Esc)" comes and goes.
  if (ImGui::Button((full + "###fullscreen").c_str(), ImVec2(half, 0))) requests.toggle_fullscreen = true;
}

// The keys in one small line; the full list (with the mouse) in its tooltip.
void shortcuts_hint(Lang lang, const UiFonts& fonts) {
  ImGui::PushFont(fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::BeginGroup();
  text_wrapped_at_spaces(ui_text(lang, UiText::shortcuts_line));
  ImGui::EndGroup();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  section_heading(ui_text(lang, UiText::shortcuts_help), fonts);
  if (ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const Shortcut& s : shortcuts(lang)) {
      ImGui::TableNextColumn();
      ImGui::PushFont(fonts.bold);
      ImGui::TextUnformatted(s.keys);
      ImGui::PopFont();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.action);
    }
    ImGui::EndTable();
  }
  ImGui::EndTooltip();
}

}  // namespace

void SidePanel::indicator_list(const MapState& state, float bottom, PanelRequests& requests,
                               const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  const std::vector<Indicator>& indicators = state.table().indicators();
  // The count is of what the search finds (as typed by the last frame; the loop draws a few more).
  const std::string total = std::to_string(indicators.size());
  const std::size_t found = filter_indicators(indicators, lang, search_.data()).size();
  const std::string count = found == indicators.size() ? total : std::to_string(found) + "/" + total;
  section_heading(std::string(tr(lang, Msg::indicator)) + " (" + count + ")", fonts);
  if (indicators.size() >= kSearchFrom) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", ui_text(lang, UiText::search_hint), search_.data(), search_.size());
  }
  const std::vector<std::size_t> shown = filter_indicators(indicators, lang, search_.data());

  // The list scrolls inside the panel so the controls under it always stay in view.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float text_w = ImGui::GetContentRegionAvail().x - style.ScrollbarSize - style.FramePadding.x * 1.2f;
  float wanted = style.WindowPadding.y;
  for (const std::size_t i : shown) {
    const Indicator& ind = indicators[i];
    wanted += wrapped_height(pick(lang, ind.name_vi, ind.name_en), text_w) + style.FramePadding.y +
              style.ItemSpacing.y;
  }
  const float least = ImGui::GetTextLineHeightWithSpacing() * 3;
  // The list's own item spacing comes before what is under it.
  const float max_height = bottom - ImGui::GetCursorPosY() - style.ItemSpacing.y;
  const float height = std::clamp(wanted, least, std::max(least, max_height));
  ImGui::BeginChild("##indicators", ImVec2(0, height), true);
  for (const std::size_t i : shown) {
    const Indicator& ind = indicators[i];
    const bool selected = ind.id == state.selection().indicator;
    const std::string& name = pick(lang, ind.name_vi, ind.name_en);
    if (wrapped_selectable(("##indicator-" + ind.id).c_str(), name, selected) && !selected)
      requests.indicator = ind.id;
    description_tooltip(ind, lang);
    // Follow changes made elsewhere (arrow keys) so the current indicator stays visible.
    if (selected && scrolled_to_ != ind.id) {
      ImGui::SetScrollHereY(0.5f);
      scrolled_to_ = ind.id;
    }
  }
  if (shown.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(ui_text(lang, UiText::nothing_found));
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
}

PanelRequests SidePanel::draw(const MapState& state, const PanelPlacement& at, bool fullscreen, EscapeAction escape,
                              const UiFonts& fonts) {
  PanelRequests requests;
  const Lang lang = state.selection().lang;
  ImGui::SetNextWindowPos(ImVec2(at.right, at.top), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(at.width, 0), ImVec2(at.width, at.max_height));
  // "###panel" keeps the window's identity (and collapsed state) when the language changes.
  const std::string title = std::string(ui_text(lang, UiText::panel_title)) + "###panel";
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing;
  bool open = true;  // the title bar's close button hides the panel (H shows it again)
  if (ImGui::Begin(title.c_str(), &open, flags)) {
    // What the indicator list may use: the panel's height less what is above the list
    // (measured where the list starts, so a view switch wrapped to two rows counts) and
    // everything under it (measured last frame).
    const float list_bottom = at.max_height - ImGui::GetStyle().WindowPadding.y - tail_height_;
    // Tab names change with the language; "###" keeps each tab's identity.
    const auto tab = [&](UiText name, const char* id) {
      return ImGui::BeginTabItem((std::string(ui_text(lang, name)) + "###" + id).c_str());
    };
    float tail_top = -1;
    view_switch(state, requests);
    view_controls(state, requests, fonts);
    if (ImGui::BeginTabBar("##tabs")) {
      if (tab(UiText::tab_indicator, "indicator")) {
        indicator_list(state, list_bottom, requests, fonts);
        tail_top = ImGui::GetCursorPosY();
        ImGui::Spacing();
        period_and_language(state, requests, fonts);
        ImGui::EndTabItem();
      }
      if (tab(UiText::tab_classes, "classes")) {
        classes_tab(state, requests, fonts);
        ImGui::EndTabItem();
      }
      if (tab(UiText::tab_layout, "layout")) {
        layout_tab(state, requests, fonts);
        ImGui::EndTabItem();
      }
      if (tab(UiText::tab_data, "data")) {
        data_tab(state, requests, fonts);
        ImGui::EndTabItem();
      }
      if (story_ != nullptr && tab(UiText::tab_story, "story")) {
        requests.story = story_tab_.draw(*story_, state, fonts);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (!error_.empty()) warning_text(error_);
    pinned_districts(state, escape, requests);
    view_buttons(lang, fullscreen, escape, requests);
    if (ImGui::Button(ui_text(lang, UiText::export_button), ImVec2(-1, 0))) requests.open_export = true;
    present_controls(state, present_only_with_data_, requests, fonts);
    shortcuts_hint(lang, fonts);
    if (tail_top >= 0) tail_height_ = ImGui::GetCursorPosY() - tail_top;
  }
  ImGui::End();
  requests.hide_panel = !open;
  return requests;
}

}  // namespace hgm::app
