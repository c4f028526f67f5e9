#include "app/panels/export_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "app/app_text.h"
#include "app/export_presets.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"

namespace hgm::app {

namespace {

namespace fs = std::filesystem;

template <std::size_t N>
void copy_into(std::array<char, N>& buffer, const std::string& text) {
  std::strncpy(buffer.data(), text.c_str(), N - 1);
  buffer[N - 1] = '\0';
}

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

}  // namespace

void ExportDialog::open(const std::string& folder) {
  if (!open_) appearing_ = true;
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
  error_.clear();
}

void ExportDialog::set_failed(const std::string& message) {
  error_ = message;
  written_.clear();
}

ExportActions ExportDialog::draw(const MapSpec& shown, const UiFonts& fonts, float screen_w, float screen_h) {
  ExportActions actions;
  if (!open_) return actions;
  const Lang lang = shown.lang;
  const std::vector<ExportPreset>& presets = export_presets();
  const ExportPreset& preset = presets[std::min(preset_, presets.size() - 1)];

  // The suggested name follows the map until the user types one of their own.
  const std::string suggestion = suggested_file_name(shown, format_);
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

    field_label(UiText::export_folder, lang);
    const char* choose = ui_text(lang, UiText::choose);
    const float choose_w = ImGui::CalcTextSize(choose).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - choose_w - ImGui::GetStyle().ItemSpacing.x);
    if (appearing_) ImGui::SetKeyboardFocusHere();
    bool go = ImGui::InputText("##folder", folder_.data(), folder_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button(choose, ImVec2(choose_w, 0))) actions.choose_target = true;

    field_label(UiText::export_file_name, lang);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##name", name_.data(), name_.size(), ImGuiInputTextFlags_EnterReturnsTrue)) go = true;
    if (ImGui::IsItemEdited()) name_typed_ = std::string(name_.data()) != suggestion;

    ImGui::Spacing();
    go |= ImGui::Button(ui_text(lang, UiText::export_write));
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::close))) keep_open = false;

    if (go) {
      const std::string name = name_.data();
      const fs::path folder = folder_[0] == '\0' ? fs::path(".") : fs::path(folder_.data());
      const OutputSize size = preset_size(presets[preset_], ImageSize{custom_w_, custom_h_});
      const ImageSize px = pixel_size(size);
      std::error_code ec;
      if (px.width < kMinSide || px.height < kMinSide || px.width > kMaxSide || px.height > kMaxSide)
        actions.refused = ui_text(lang, UiText::export_bad_size, {{"min", std::to_string(kMinSide)}, {"max", std::to_string(kMaxSide)}});
      else if (name.empty())
        actions.refused = ui_text(lang, UiText::export_no_name);
      else if (!fs::is_directory(folder, ec))
        actions.refused = ui_text(lang, UiText::export_no_folder, {{"folder", folder.string()}});
      else  // a typed extension other than the format's is the user's choice of format
        actions.write = ExportRequest{export_spec(shown, size), (folder / name).string()};
      if (actions.refused) set_failed(*actions.refused);
    }
    if (!written_.empty()) {
      ImGui::Spacing();
      text_wrapped_at_spaces(ui_text(lang, UiText::export_written, {{"path", written_}}));
      if (ImGui::Button(ui_text(lang, UiText::open_folder))) actions.open_folder = fs::path(written_).parent_path().string();
    }
    if (!error_.empty()) {
      ImGui::Spacing();
      warning_text(error_);
    }
  }
  ImGui::End();
  appearing_ = false;
  if (!keep_open) open_ = false;
  // While the dialog is open it can be worked from the keyboard (arrows, Space, Tab);
  // closed, the arrow keys are the map's again.
  ImGuiIO& io = ImGui::GetIO();
  if (open_) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  return actions;
}

}  // namespace hgm::app
