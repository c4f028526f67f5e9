#include "app/panels/import_report_window.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"
#include "app/table_loading.h"
#include "core/data/import_report_text.h"
#include "core/data/table_import.h"
#include "core/errors.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

// "Số dòng đã đọc  12" pairs, two to a row.
void summary(const ImportReport& r, Lang lang, const UiFonts& fonts) {
  using Kind = ImportIssue::Kind;
  const int other = r.count(Kind::unknown_indicator) + r.count(Kind::bad_period) + r.count(Kind::bad_column);
  struct Item {
    UiText label;
    int value;
    bool problem;  // shown in red when not zero
  };
  std::vector<Item> items = {
      {UiText::report_rows_read, r.rows_read, false},
      {UiText::report_rows_matched, r.rows_matched, false},
      {UiText::report_unmatched, r.count(Kind::unmatched_district), true},
      {UiText::report_ambiguous, r.count(Kind::ambiguous_district), true},
      {UiText::report_bad_values, r.count(Kind::bad_value), true},
      {UiText::report_conflicts, r.count(Kind::conflict), true},
      {UiText::report_replaced, r.count(Kind::replaces), true},
      {UiText::report_values_added, r.values, false},
  };
  if (other > 0) items.push_back({UiText::report_other_issues, other, true});
  // Label and number close together, three pairs to a row.
  if (!ImGui::BeginTable("##summary", 6, ImGuiTableFlags_SizingFixedFit)) return;
  for (int c = 0; c < 6; ++c)
    ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed,
                            c % 2 == 0 ? 0.0f : ImGui::GetFontSize() * 3.5f);
  for (const Item& item : items) {
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", ui_text(lang, item.label));
    ImGui::TableNextColumn();
    const std::string n = format_number(item.value, 0, lang);
    ImGui::PushFont(fonts.bold);
    if (item.problem && item.value > 0) ImGui::PushStyleColor(ImGuiCol_Text, mark_colour(Mark::fail));
    ImGui::TextUnformatted(n.c_str());
    if (item.problem && item.value > 0) ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::EndTable();
}

// One line per issue, so that ImGuiListClipper draws only the rows in view (a table of a
// million unmatched rows kept every frame busy). A reason too long for its cell shows whole
// on hover, and stays whole under the table for the row clicked (hovering alone is not
// enough on a projector or a touchpad). "Closest" is a column only when some issue has
// closest names, so the reasons get the room otherwise.
void issues_table(const ImportReport& r, Lang lang, std::optional<std::size_t>& selected) {
  const bool scroll = r.issues.size() > 6;
  const bool closest_column = std::any_of(r.issues.begin(), r.issues.end(),
                                          [](const ImportIssue& i) { return !i.candidates.empty(); });
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_Resizable | (scroll ? ImGuiTableFlags_ScrollY : 0);
  const float row_height = ImGui::GetTextLineHeightWithSpacing();
  const float height = scroll ? row_height * 12 : 0.0f;
  if (selected && *selected >= r.issues.size()) selected.reset();
  const auto closest_of = [](const ImportIssue& issue) {
    std::string closest;
    for (const std::string& c : issue.candidates) closest += (closest.empty() ? "" : ", ") + c;
    return closest;
  };
  if (ImGui::BeginTable("##issues", closest_column ? 5 : 4, flags, ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui_text(lang, UiText::report_where), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(ui_text(lang, UiText::report_kind), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(ui_text(lang, UiText::report_text), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(ui_text(lang, UiText::report_reason), ImGuiTableColumnFlags_WidthStretch, 2.6f);
    if (closest_column)
      ImGui::TableSetupColumn(ui_text(lang, UiText::report_closest), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.issues.size()), row_height);
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const auto index = static_cast<std::size_t>(row);
        const ImportIssue& issue = r.issues[index];
        ImGui::TableNextRow(ImGuiTableRowFlags_None, row_height);
        ImGui::TableNextColumn();
        ImGui::PushID(row);
        if (ImGui::Selectable(issue.where.c_str(), selected == index, ImGuiSelectableFlags_SpanAllColumns))
          selected = selected == index ? std::nullopt : std::optional<std::size_t>(index);
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(issue_kind_name(lang, issue.kind));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(issue.text.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(issue.reason.c_str());
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
          ImGui::TextUnformatted(issue.reason.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        if (closest_column) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(closest_of(issue).c_str());
        }
      }
    }
    ImGui::EndTable();
  }
  // The chosen issue whole, wrapped.
  if (!selected) return;
  const ImportIssue& issue = r.issues[*selected];
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::BeginChild("##issue-detail", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 4.5f), true);
  ImGui::TextDisabled("%s  ·  %s%s%s", issue.where.c_str(), issue_kind_name(lang, issue.kind),
                      issue.text.empty() ? "" : "  ·  ", issue.text.c_str());
  text_wrapped_at_spaces(issue.reason);
  if (!issue.candidates.empty())
    text_wrapped_at_spaces(std::string(ui_text(lang, UiText::report_closest)) + ": " + closest_of(issue));
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace

std::optional<ImportReportWindow::PeriodAsked> ImportReportWindow::draw(const MapState& state, const UiFonts& fonts,
                                                                        float display_w, float display_h) {
  if (!shown_ || *shown_ >= state.table_loads().size()) return std::nullopt;
  std::optional<PeriodAsked> asked;
  const TableLoad& load = state.table_loads()[*shown_];
  const Lang lang = state.selection().lang;
  const float em = ImGui::GetFontSize();
  // Over the left part of the map, clear of the side panel on the right; as tall as its
  // content up to most of the window.
  const float width = std::min(display_w * 0.58f, em * 46);
  if (!placed_) {
    ImGui::SetNextWindowPos(ImVec2(display_w * 0.04f, display_h * 0.12f), ImGuiCond_Always);
    ImGui::SetNextWindowFocus();
    placed_ = true;
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display_h * 0.8f));
  bool open = true;
  const std::string title = std::string(ui_text(lang, UiText::report_title)) + " — " + load.path + "###import-report";
  const ImGuiWindowFlags flags =
      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
  if (ImGui::Begin(title.c_str(), &open, flags)) {
    if (!load.report) {
      mark_item(Mark::fail);
      ImGui::SameLine();
      ImGui::PushFont(fonts.bold);
      text_wrapped_at_spaces(ui_text(lang, UiText::report_read_error));
      ImGui::PopFont();
      warning_text(load.error);
    } else {
      const ImportReport& r = *load.report;
      // What was added leads (or that nothing was), as in check-data's report.
      const std::vector<std::string> lead = import_report_lead(r, lang);
      mark_item(r.added_anything() ? Mark::pass : Mark::warn);
      ImGui::SameLine();
      ImGui::PushFont(fonts.bold);
      text_wrapped_at_spaces(lead.front());
      ImGui::PopFont();
      for (std::size_t i = 1; i < lead.size(); ++i) text_wrapped_at_spaces(lead[i]);
      summary(r, lang, fonts);
      ImGui::Spacing();
      if (r.issues.empty()) {
        if (r.added_anything()) {  // an empty load's lead already says why nothing came of it
          mark_item(Mark::pass);
          ImGui::SameLine();
          text_wrapped_at_spaces(ui_text(lang, UiText::report_all_matched));
        }
      } else {
        section_heading(std::string(ui_text(lang, UiText::report_issues)) + " (" +
                            format_number(r.total_issues(), 0, lang) + ")",
                        fonts);
        issues_table(r, lang, selected_issue_);
        if (!r.all_kept()) full_list_offer(state, load, lang);
      }
      if (!r.decisions.empty()) {
        ImGui::Spacing();
        section_heading(ui_text(lang, UiText::report_decisions), fonts);
        for (const std::string& d : r.decisions) {
          ImGui::Bullet();
          ImGui::SameLine();
          ImGui::BeginGroup();
          text_wrapped_at_spaces(d);
          ImGui::EndGroup();
        }
      }
      if (!r.given_period.empty()) asked = period_offer(load, lang);
    }
    ImGui::Spacing();
    if (ImGui::Button(ui_text(lang, UiText::report_close))) open = false;
  }
  ImGui::End();
  if (!open) {
    shown_.reset();
    written_.clear();
  }
  return asked;
}

// The period field and its button under the decision that names the period taken.
std::optional<ImportReportWindow::PeriodAsked> ImportReportWindow::period_offer(const TableLoad& load, Lang lang) {
  if (period_text_.empty()) period_text_ = period_title(load.report->given_period, lang);  // parse_period reads it back
  char text[64] = {};
  period_text_.copy(text, sizeof(text) - 1);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui_text(lang, UiText::report_period));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  bool go = ImGui::InputText("##table-period", text, sizeof(text), ImGuiInputTextFlags_EnterReturnsTrue);
  period_text_ = text;
  ImGui::SameLine();
  go |= ImGui::Button(ui_text(lang, UiText::report_period_reload));
  if (!period_problem_.empty()) warning_text(period_problem_);
  if (!go) return std::nullopt;
  const std::optional<std::string> period = parse_period(period_text_);
  if (!period) {
    period_problem_ = ui_text(lang, UiText::report_period_unknown, {{"text", period_text_}});
    return std::nullopt;
  }
  period_problem_.clear();
  return PeriodAsked{*shown_, *period};
}

// Only the first issues of each kind are kept: say so, and write them all to a file on request.
void ImportReportWindow::full_list_offer(const MapState& state, const TableLoad& load, Lang lang) {
  text_wrapped_at_spaces(ui_text(lang, UiText::report_kept_first,
                                 {{"kept", format_number(static_cast<double>(load.report->issues.size()), 0, lang)},
                                  {"total", format_number(load.report->total_issues(), 0, lang)}}));
  const bool write_all = ImGui::Button(ui_text(lang, UiText::report_write_all));
  // The button the keyboard starts from when the window is entered with an arrow key.
  ImGui::SetItemDefaultFocus();
  if (write_all) {
    try {
      written_ = ui_text(lang, UiText::report_written,
                         {{"path", write_full_issue_list(load, state.inputs().data.registry, lang).string()}});
    } catch (const Error& e) {
      written_ = e.message(lang);
    }
  }
  if (!written_.empty()) text_wrapped_at_spaces(written_);
}

}  // namespace hgm::app
