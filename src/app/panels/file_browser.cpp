#include "app/panels/file_browser.h"

#include <imgui.h>

#include <algorithm>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"

namespace hgm::app {

namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

std::vector<FolderEntry> list_folder(const fs::path& folder, const std::vector<std::string>& extensions) {
  std::vector<FolderEntry> folders, files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, fs::directory_options::skip_permission_denied)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code ec;
    if (entry.is_directory(ec)) {
      folders.push_back({name, true});
      continue;
    }
    const std::string ext = lower(entry.path().extension().string());
    if (extensions.empty() || std::find(extensions.begin(), extensions.end(), ext) != extensions.end())
      files.push_back({name, false});
  }
  const auto by_name = [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; };
  std::sort(folders.begin(), folders.end(), by_name);
  std::sort(files.begin(), files.end(), by_name);
  folders.insert(folders.end(), files.begin(), files.end());
  return folders;
}

void FileBrowser::show(Mode mode, fs::path folder, const std::string& name, std::vector<std::string> extensions) {
  shown_ = true;
  appearing_ = true;
  mode_ = mode;
  extensions_ = std::move(extensions);
  copy_into(name_, name);
  std::error_code ec;
  if (folder.empty() || !fs::is_directory(folder, ec)) folder = fs::current_path(ec);
  go_to(folder);
}

void FileBrowser::go_to(const fs::path& folder) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(folder, ec).lexically_normal();
  try {
    entries_ = list_folder(absolute, extensions_);
    error_.clear();
    folder_ = absolute;
  } catch (const fs::filesystem_error& e) {
    error_ = absolute.string() + "\n" + e.code().message();
    if (folder_.empty()) folder_ = absolute;
  }
  copy_into(folder_text_, folder_.string());
}

std::optional<std::string> FileBrowser::draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h) {
  if (!shown_) return std::nullopt;
  std::optional<std::string> chosen;
  const bool saving = mode_ == Mode::save;
  ImGui::SetNextWindowPos(ImVec2(screen_w / 2, screen_h / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(screen_w * 0.9f, ImGui::GetFontSize() * 36),
                                  std::min(screen_h * 0.9f, ImGui::GetFontSize() * 26)),
                           ImGuiCond_Appearing);
  if (appearing_) ImGui::SetNextWindowFocus();
  const std::string title =
      std::string(ui_text(lang, saving ? UiText::browser_save_title : UiText::browser_open_title)) + "###file-browser";
  bool open = true;
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    if (ImGui::Button(ui_text(lang, UiText::browser_up))) go_to(folder_.parent_path());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##folder", folder_text_.data(), folder_text_.size(), ImGuiInputTextFlags_EnterReturnsTrue))
      go_to(fs::path(folder_text_.data()));
    if (!error_.empty())
      warning_text(ui_text(lang, UiText::browser_unreadable, {{"folder", folder_.string()}, {"reason", error_}}));

    const float footer = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##entries", ImVec2(0, -footer), true);
    std::optional<fs::path> enter;
    for (const FolderEntry& e : entries_) {
      const std::string label = e.folder ? e.name + "/" : e.name;
      if (ImGui::Selectable(label.c_str(), !e.folder && e.name == name_.data(), ImGuiSelectableFlags_AllowDoubleClick)) {
        if (e.folder) {
          if (ImGui::IsMouseDoubleClicked(0) || !saving) enter = folder_ / e.name;
        } else {
          copy_into(name_, e.name);
          if (ImGui::IsMouseDoubleClicked(0)) chosen = (folder_ / e.name).string();
        }
      }
    }
    if (entries_.empty()) muted_text(ui_text(lang, UiText::browser_empty), fonts, false);
    ImGui::EndChild();
    if (enter) go_to(*enter);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui_text(lang, UiText::browser_name));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (appearing_ && saving) ImGui::SetKeyboardFocusHere();
    const bool typed = ImGui::InputText("##name", name_.data(), name_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    const bool has_name = name_[0] != '\0';
    ImGui::BeginDisabled(!has_name);
    const bool pressed = ImGui::Button(ui_text(lang, saving ? UiText::browser_save : UiText::browser_open));
    ImGui::EndDisabled();
    if ((typed || pressed) && has_name) {
      const fs::path typed_path(name_.data());
      chosen = (typed_path.is_absolute() ? typed_path : folder_ / typed_path).string();
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::cancel))) open = false;
  }
  ImGui::End();
  appearing_ = false;
  if (!open || chosen) shown_ = false;
  return chosen;
}

}  // namespace hgm::app
