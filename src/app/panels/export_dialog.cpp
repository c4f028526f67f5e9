#include "app/panels/export_dialog.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>

#include "app/app_text.h"
#include "app/export_presets.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"

namespace hgm::app {

namespace {

namespace fs = std::filesystem;

std::string size_text(const OutputSize& size) {
  const ImageSize px = pixel_size(size);
  return std::to_string(px.width) + "×" + std::to_string(px.height);
}

std::string preset_label(Lang lang, const ExportPreset& preset) {
  switch (preset.kind) {
    case ExportPresetKind::slide_hd: return ui_text(lang, UiText::preset_slide_hd, {{"size", size_text(preset.size)}});
    case ExportPresetKind::slide_4k: return ui_text(lang, UiText::preset_slide_4k, {{"size", size_text(preset.size)}});
    case ExportPresetKind::paper: {
      const PaperSize& paper = std::get<PaperSize>(preset.size);
      const UiText orientation = paper.orientation == Orientation::portrait ? UiText::portrait : UiText::landscape;
      return ui_text(lang, UiText::preset_paper,
                     {{"paper", paper_id(paper.paper)},
                      {"orientation", ui_text(lang, orientation)},
                      {"dpi", std::to_string(paper.dpi)},
                      {"size", size_text(preset.size)}});
    }
    case ExportPresetKind::custom: return ui_text(lang, UiText::preset_custom);
  }
  return {};
}

// A label on its own line above a field, as the side panel's sections read.
void field_label(UiText text, Lang lang) { ImGui::TextUnformatted(ui_text(lang, text)); }

// A deck's suggested name: the period shown, or every period.
std::string deck_name(const MapSpec& shown, bool all_periods) {
  return "hagiang_" + (all_periods ? std::string("all-periods") : shown.period) + ".pdf";
}

// Whether `id` has figures in the period shown (or in any period).
bool offered(const IndicatorTable& table, const std::string& id, const MapSpec& shown, bool all_periods) {
  if (!all_periods) return table.has_values(id, shown.period);
  for (const std::string& period : table.periods())
    if (table.has_values(id, period)) return true;
  return false;
}

}  // namespace

void ExportDialog::open(const std::string& folder) {
  if (!open_) {
    appearing_ = true;
    place_keyboard_ = 2;
  }
  open_ = true;
  if (folder_[0] == '\0') copy_into(folder_, folder);
  written_.clear();
  error_.clear();
}

void ExportDialog::set_target(const std::string& path) {
  const fs::path p(path);
  copy_into(folder_, p.parent_path().string());
  std::string ext = p.extension().string();
  if (!ext.empty())
    if (const auto format = exporting::parse_format(ext.substr(1))) format_ = *format;
  copy_into(name_, with_format_extension(p.filename().string(), format_));
  name_typed_ = true;
}

void ExportDialog::set_written(const std::string& path) {
  written_ = path;
  summary_.reset();
  error_.clear();
}

void ExportDialog::set_summary(ExportSummary summary) {
  summary_ = std::move(summary);
  written_.clear();
  error_.clear();
}

void ExportDialog::draw_scope(const MapSpec& shown, const IndicatorTable& table) {
  const Lang lang = shown.lang;
  field_label(UiText::export_scope, lang);
  const UiText scopes[] = {UiText::scope_this_map, UiText::scope_all_indicators, UiText::scope_chosen_indicators};
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##scope", ui_text(lang, scopes[static_cast<int>(scope_)]))) {
    for (int i = 0; i < 3; ++i) {
      const bool selected = static_cast<int>(scope_) == i;
      if (ImGui::Selectable(ui_text(lang, scopes[i]), selected)) scope_ = static_cast<Scope>(i);
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  if (scope_ == Scope::this_map) return;
  ImGui::Checkbox(ui_text(lang, UiText::scope_all_periods), &all_periods_);
  if (scope_ != Scope::chosen_indicators) return;
  ImGui::BeginChild("##chosen", ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 8), true);
  for (const Indicator& indicator : table.indicators()) {
    if (!offered(table, indicator.id, shown, all_periods_)) continue;
    bool on = chosen_.count(indicator.id) > 0;
    const std::string label = (lang == Lang::vi ? indicator.name_vi : indicator.name_en) + "##" + indicator.id;
    if (ImGui::Checkbox(label.c_str(), &on)) {
      if (on) chosen_.insert(indicator.id);
      else chosen_.erase(indicator.id);
    }
  }
  ImGui::EndChild();
}

void ExportDialog::draw_progress(Lang lang) {
  const ExportRunning& r = *running_;
  ImGui::Spacing();
  ImGui::TextUnformatted(ui_text(lang, UiText::export_writing));
  const float fraction = r.total == 0 ? 0.0f : static_cast<float>(r.started) / static_cast<float>(r.total);
  const std::string count =
      ui_text(lang, UiText::export_progress, {{"n", std::to_string(r.started)}, {"total", std::to_string(r.total)}});
  ImGui::ProgressBar(fraction, ImVec2(-1, 0), count.c_str());
  if (!r.current.empty()) text_wrapped_at_spaces(r.current);
  if (r.quit_after) warning_text(ui_text(lang, UiText::export_quit_after));
}

void ExportDialog::draw_outcome(Lang lang, ExportActions& actions) {
  if (!written_.empty()) {
    ImGui::Spacing();
    text_wrapped_at_spaces(ui_text(lang, UiText::export_written, {{"path", written_}}));
    if (ImGui::Button(ui_text(lang, UiText::open_folder))) actions.open_folder = fs::path(written_).parent_path().string();
  }
  if (summary_) {
    ImGui::Spacing();
    text_wrapped_at_spaces(summary_->headline);
    for (const std::string& failure : summary_->failures) warning_text(failure);
    if (ImGui::Button(ui_text(lang, UiText::open_folder))) actions.open_folder = summary_->folder;
  }
  if (!error_.empty()) {
    ImGui::Spacing();
    warning_text(error_);
  }
}

void ExportDialog::set_failed(const std::string& message) {
  error_ = message;
  written_.clear();
}

ExportActions ExportDialog::draw(const MapSpec& shown, const IndicatorTable& table, const UiFonts& fonts,
                                 float screen_w, float screen_h) {
  ExportActions actions;
  if (!open_) return actions;
  const Lang lang = shown.lang;
  const std::vector<ExportPreset>& presets = export_presets();
  const ExportPreset& preset = presets[std::min(preset_, presets.size() - 1)];
  if (pattern_[0] == '\0') copy_into(pattern_, kDefaultNamePattern);
  const bool batch = scope_ != Scope::this_map;
  const bool deck = batch && deck_ && format_ == exporting::Format::pdf;

  // The suggested name follows the map until the user types one of their own.
  const std::string suggestion = deck ? deck_name(shown, all_periods_) : suggested_file_name(shown, format_);
  if (!name_typed_ || name_[0] == '\0') {
    copy_into(name_, suggestion);
    name_typed_ = false;
  }

  ImGui::SetNextWindowPos(ImVec2(screen_w / 2, screen_h / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(screen_w * 0.95f, ImGui::GetFontSize() * 30), 0), ImGuiCond_Always);
  if (appearing_) ImGui::SetNextWindowFocus();
  const std::string title = std::string(ui_text(lang, UiText::export_title)) + "###export";
  bool keep_open = true;
  if (ImGui::Begin(title.c_str(), &keep_open,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    muted_text(ui_text(lang, UiText::export_what), fonts);
    draw_scope(shown, table);

    field_label(UiText::export_size, lang);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##preset", preset_label(lang, preset).c_str())) {
      for (std::size_t i = 0; i < presets.size(); ++i) {
        const bool selected = i == preset_;
        if (ImGui::Selectable(preset_label(lang, presets[i]).c_str(), selected)) preset_ = i;
        if (selected) ImGui::SetItemDefaultFocus();
      }
      ImGui::EndCombo();
    }
    if (presets[preset_].kind == ExportPresetKind::custom) {
      const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
      ImGui::SetNextItemWidth(half);
      ImGui::InputInt("##w", &custom_w_, 0, 0);
      ImGui::SameLine();
      ImGui::SetNextItemWidth(half);
      ImGui::InputInt("##h", &custom_h_, 0, 0);
      muted_text(std::string(ui_text(lang, UiText::export_width)) + " × " + ui_text(lang, UiText::export_height), fonts);
    }

    field_label(UiText::export_format, lang);
    for (const exporting::Format f : {exporting::Format::png, exporting::Format::svg, exporting::Format::pdf}) {
      std::string label = exporting::format_extension(f);
      std::transform(label.begin(), label.end(), label.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      if (ImGui::RadioButton(label.c_str(), format_ == f) && format_ != f) {
        format_ = f;
        copy_into(name_, with_format_extension(name_.data(), f));
      }
      ImGui::SameLine();
    }
    ImGui::NewLine();
    if (batch && format_ == exporting::Format::pdf) ImGui::Checkbox(ui_text(lang, UiText::export_deck), &deck_);

    field_label(UiText::export_folder, lang);
    const char* choose = ui_text(lang, UiText::choose);
    const float choose_w = ImGui::CalcTextSize(choose).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - choose_w - ImGui::GetStyle().ItemSpacing.x);
    bool go = ImGui::InputText("##folder", folder_.data(), folder_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    // The keyboard's place starts on the folder field without editing it, so Esc closes
    // the dialog at once and the arrows move between the fields.
    // (Also on the frame after: ImGui puts the keyboard on the window's first item as it appears.)
    if (place_keyboard_ > 0) {
      --place_keyboard_;
      ImGuiWindow* window = ImGui::GetCurrentWindow();
      const ImRect field(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
      ImGui::SetNavID(ImGui::GetItemID(), ImGuiNavLayer_Main, 0, ImGui::WindowRectAbsToRel(window, field));
      ImGui::GetCurrentContext()->NavDisableHighlight = false;
      ImGui::GetCurrentContext()->NavDisableMouseHover = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(choose, ImVec2(choose_w, 0))) actions.choose_target = true;

    if (batch && !deck) {
      field_label(UiText::export_name_pattern, lang);
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText("##pattern", pattern_.data(), pattern_.size(), ImGuiInputTextFlags_EnterReturnsTrue)) go = true;
      muted_text(ui_text(lang, UiText::export_pattern_hint), fonts);
    } else {
      field_label(UiText::export_file_name, lang);
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText("##name", name_.data(), name_.size(), ImGuiInputTextFlags_EnterReturnsTrue)) go = true;
      if (ImGui::IsItemEdited()) name_typed_ = std::string(name_.data()) != suggestion;
    }

    ImGui::Spacing();
    // One export at a time: the button waits while the window writes.
    ImGui::BeginDisabled(running_.has_value());
    go |= ImGui::Button(ui_text(lang, UiText::export_write));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (running_) {
      if (ImGui::Button(ui_text(lang, UiText::cancel))) actions.cancel = true;
      ImGui::SameLine();
    }
    if (ImGui::Button(ui_text(lang, UiText::close))) keep_open = false;
    if (running_) {
      draw_progress(lang);
      actions.showed_writing = true;
      go = false;
    }

    if (go) {
      const std::string name = name_.data();
      const fs::path folder = folder_[0] == '\0' ? fs::path(".") : fs::path(folder_.data());
      const OutputSize size = preset_size(presets[preset_], ImageSize{custom_w_, custom_h_});
      const ImageSize px = pixel_size(size);
      std::error_code ec;
      if (px.width < kMinSide || px.height < kMinSide || px.width > kMaxSide || px.height > kMaxSide)
        actions.refused = ui_text(lang, UiText::export_bad_size, {{"min", std::to_string(kMinSide)}, {"max", std::to_string(kMaxSide)}});
      else if ((!batch || deck) && name.empty())
        actions.refused = ui_text(lang, UiText::export_no_name);
      else if (!fs::is_directory(folder, ec))
        actions.refused = ui_text(lang, UiText::export_no_folder, {{"folder", folder.string()}});
      else if (scope_ == Scope::chosen_indicators && batch_request(table)->indicators.empty())
        actions.refused = ui_text(lang, UiText::export_none_chosen);
      else  // a typed extension other than the format's is the user's choice of format
        actions.write = ExportRequest{export_spec(shown, size), (folder / name).string(), batch_request(table),
                                      folder.string(), deck};
      if (actions.refused) set_failed(*actions.refused);
    }
    draw_outcome(lang, actions);
  }
  ImGui::End();
  appearing_ = false;
  if (!keep_open) open_ = false;
  return actions;
}

std::optional<BatchRequest> ExportDialog::batch_request(const IndicatorTable& table) const {
  if (scope_ == Scope::this_map) return std::nullopt;
  BatchRequest request;
  if (scope_ == Scope::all_indicators) {
    request.indicators = {"all"};
  } else {  // in the table's order, as the CLI's "all" writes them
    for (const Indicator& indicator : table.indicators())
      if (chosen_.count(indicator.id) > 0) request.indicators.push_back(indicator.id);
  }
  if (all_periods_) request.periods = {"all"};
  request.name_pattern = pattern_.data();
  request.extension = exporting::format_extension(format_);
  return request;
}

}  // namespace hgm::app
