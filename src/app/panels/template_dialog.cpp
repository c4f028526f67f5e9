#include "app/panels/template_dialog.h"

#include <imgui.h>

#include <filesystem>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"
#include "core/data/table_import.h"

namespace hgm::app {

namespace {

constexpr const char* kFormats[] = {".xlsx", ".ods", ".csv"};
constexpr const char* kFormatNames[] = {"XLSX", "ODS", "CSV"};

}  // namespace

std::string next_quarter(const std::string& period) {
  const std::optional<std::string> p = parse_period(period);
  if (!p) return period;
  int year = std::stoi(p->substr(0, 4));
  int quarter = (*p)[6] - '0' + 1;
  if (quarter > 4) {
    quarter = 1;
    ++year;
  }
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

void TemplateDialog::open(const IndicatorTable& table) {
  if (!open_) appearing_ = true;
  open_ = true;
  std::string latest;
  for (const std::string& p : table.periods())
    if (p > latest) latest = p;  // "YYYY-Qn" sorts as time does
  const std::string suggested = latest.empty() ? std::string() : next_quarter(latest);
  copy_into(period_, suggested);
  written_.clear();
  error_.clear();
}

std::string TemplateDialog::period() const { return parse_period(period_.data()).value_or(""); }

std::string TemplateDialog::extension() const { return kFormats[format_]; }

std::string TemplateDialog::suggested_name() const { return "mau-nhap-so-lieu-" + period() + extension(); }

void TemplateDialog::set_written(const std::string& path) {
  written_ = path;
  error_.clear();
}

void TemplateDialog::set_failed(const std::string& message) {
  error_ = message;
  written_.clear();
}

TemplateActions TemplateDialog::draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h) {
  TemplateActions actions;
  if (!open_) return actions;
  ImGui::SetNextWindowPos(ImVec2(screen_w / 2, screen_h / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(screen_w * 0.95f, ImGui::GetFontSize() * 28), 0), ImGuiCond_Always);
  if (appearing_) ImGui::SetNextWindowFocus();
  bool keep_open = true;
  const std::string title = std::string(ui_text(lang, UiText::template_title)) + "###template";
  if (ImGui::Begin(title.c_str(), &keep_open,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    muted_text(ui_text(lang, UiText::template_intro), fonts);
    ImGui::TextUnformatted(ui_text(lang, UiText::template_period));
    ImGui::SetNextItemWidth(-1);
    if (appearing_) ImGui::SetKeyboardFocusHere();
    // Enter in the field goes on to choosing the file, as the button does.
    bool go = ImGui::InputText("##period", period_.data(), period_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TextUnformatted(ui_text(lang, UiText::template_format));
    for (int f = 0; f < 3; ++f) {
      if (ImGui::RadioButton(kFormatNames[f], format_ == f)) format_ = f;
      ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Spacing();
    go |= ImGui::Button(ui_text(lang, UiText::template_choose));
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::close))) keep_open = false;
    if (go) {
      if (period().empty()) {
        error_ = ui_text(lang, UiText::template_bad_period, {{"period", period_.data()}});
      } else {
        error_.clear();
        actions.choose_target = true;
      }
    }
    if (!written_.empty()) {
      ImGui::Spacing();
      text_wrapped_at_spaces(ui_text(lang, UiText::template_written, {{"path", written_}}));
      if (ImGui::Button(ui_text(lang, UiText::open_folder)))
        actions.open_folder = std::filesystem::path(written_).parent_path().string();
    }
    if (!error_.empty()) {
      ImGui::Spacing();
      warning_text(error_);
    }
  }
  ImGui::End();
  appearing_ = false;
  if (!keep_open) open_ = false;
  return actions;
}

}  // namespace hgm::app
