#pragma once
// The built-in file chooser, for when the desktop's (platform/file_chooser.h) is not
// there: a folder's listing (folders first, then the files with the wanted extensions),
// a button to go up, a folder field and a file-name field to type in.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/imgui_layer.h"
#include "core/text/lang.h"

namespace hgm::app {

struct FolderEntry {
  std::string name;
  bool folder = false;
};

// The visible entries of `folder` (no dot files): folders, then files whose extension is
// one of `extensions` (".csv" …, any case; empty: every file), each group by name.
// Throws std::filesystem::filesystem_error when the folder cannot be read.
std::vector<FolderEntry> list_folder(const std::filesystem::path& folder, const std::vector<std::string>& extensions);

class FileBrowser {
 public:
  enum class Mode { open, save };
  void show(Mode mode, std::filesystem::path folder, const std::string& name, std::vector<std::string> extensions);
  bool shown() const { return shown_; }
  // Draws the chooser while shown; the chosen path once (then it closes).
  std::optional<std::string> draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h);

 private:
  void go_to(const std::filesystem::path& folder);

  bool shown_ = false;
  bool appearing_ = false;
  Mode mode_ = Mode::open;
  std::filesystem::path folder_;
  std::vector<std::string> extensions_;
  std::vector<FolderEntry> entries_;
  std::string error_;  // the folder could not be read: why
  std::array<char, 1024> folder_text_{};
  std::array<char, 512> name_{};
};

}  // namespace hgm::app
