// The side panel's "Dữ liệu" tab: load a planner's table by its path, a file chooser or
// from the recent ones (or by dropping it on the window), see what was loaded and open
// each table's import report.
#include <imgui.h>

#include <filesystem>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/side_panel.h"
#include "app/panels/text_wrap.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

Mark status_of(const TableLoad& load) {
  if (!load.read()) return Mark::fail;
  return load.clean() ? Mark::pass : Mark::warn;
}

std::string short_summary(const TableLoad& load, Lang lang) {
  if (!load.report) return ui_text(lang, UiText::report_read_error);
  const ImportReport& r = *load.report;
  std::string text = ui_text(lang, UiText::table_rows_matched,
                             {{"matched", format_number(r.rows_matched, 0, lang)}, {"read", format_number(r.rows_read, 0, lang)}});
  if (!r.issues.empty())
    text += " · " +
            ui_text(lang, UiText::table_issue_count, {{"n", format_number(static_cast<double>(r.issues.size()), 0, lang)}});
  return text;
}

// The tables opened last, newest first: a click loads one again.
void recent_tables(const std::vector<std::string>& paths, Lang lang, PanelRequests& requests, const UiFonts& fonts) {
  if (paths.empty()) return;
  ImGui::Spacing();
  section_heading(ui_text(lang, UiText::recent_tables), fonts);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::error_code ec;
    const bool there = std::filesystem::is_regular_file(paths[i], ec);
    ImGui::BeginDisabled(!there);
    if (ImGui::Selectable(file_name(paths[i]).c_str())) requests.load_table = paths[i];
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", paths[i].c_str());
    ImGui::PopID();
  }
}

}  // namespace

void SidePanel::data_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  section_heading(ui_text(lang, UiText::load_table), fonts);
  const char* load = ui_text(lang, UiText::load_table_button);
  const float button_w = ImGui::CalcTextSize(load).x + ImGui::GetStyle().FramePadding.x * 4;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x);
  bool go = ImGui::InputTextWithHint("##table-path", ui_text(lang, UiText::table_path_hint), table_path_.data(),
                                     table_path_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  ImGui::BeginDisabled(table_path_[0] == '\0');
  go |= ImGui::Button(load, ImVec2(button_w, 0));
  ImGui::EndDisabled();
  if (go && table_path_[0] != '\0') requests.load_table = std::string(table_path_.data());
  if (ImGui::Button(ui_text(lang, UiText::open_table_file))) requests.choose_table = true;
  ImGui::SameLine();
  if (ImGui::Button(ui_text(lang, UiText::template_button))) requests.open_template = true;
  muted_text(ui_text(lang, UiText::drop_table_hint), fonts);
  muted_text(ui_text(lang, UiText::table_help), fonts);
  recent_tables(recent_tables_, lang, requests, fonts);

  ImGui::Spacing();
  section_heading(ui_text(lang, UiText::loaded_tables), fonts);
  const std::vector<TableLoad>& loads = state.table_loads();
  if (loads.empty()) muted_text(ui_text(lang, UiText::no_tables), fonts, false);
  const char* report = ui_text(lang, UiText::view_report);
  const float report_w = ImGui::CalcTextSize(report).x + ImGui::GetStyle().FramePadding.x * 2;
  for (std::size_t i = 0; i < loads.size(); ++i) {
    const TableLoad& l = loads[i];
    ImGui::PushID(static_cast<int>(i));
    const float row_left = ImGui::GetCursorPosX();
    const float row_w = ImGui::GetContentRegionAvail().x;
    mark_item(status_of(l));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(row_left + row_w - report_w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(file_name(l.path).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PushFont(fonts.small);
    ImGui::TextDisabled("%s", short_summary(l, lang).c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
    item_tooltip(l.path);
    ImGui::SameLine(row_left + row_w - report_w);
    if (ImGui::SmallButton(report)) requests.show_report = i;
    if (l.asks()) {  // columns still waiting for the user's word
      ImGui::SetCursorPosX(row_left);
      if (ImGui::SmallButton(ui_text(lang, UiText::map_reopen))) requests.map_columns = i;
    }
    ImGui::PopID();
  }

  ImGui::Spacing();
  section_heading(ui_text(lang, UiText::periods_available), fonts);
  std::string periods;
  for (const std::string& p : state.table().periods()) periods += (periods.empty() ? "" : ", ") + period_title(p, lang);
  text_wrapped_at_spaces(periods);
}

}  // namespace hgm::app
