#pragma once
// The window's export dialog (the panel's "Xuất bản đồ…" button, Ctrl+E): a size preset
// (slides, A4/A3 paper, custom), PNG/SVG/PDF, a folder and a file name (suggested from the
// indicator and period as a batch export names it, until the user types one), and after
// writing, the path and a button to open its folder. It only asks; the window writes the
// file (through the one exporter the CLI uses) and tells it how that went.
#include <array>
#include <optional>
#include <string>

#include "app/platform/imgui_layer.h"
#include "core/spec/map_spec.h"
#include "export/map_export.h"

namespace hgm::app {

struct ExportRequest {
  MapSpec spec;      // the spec on screen at the chosen size
  std::string path;  // folder / file name
};

struct ExportActions {
  std::optional<ExportRequest> write;
  bool choose_target = false;  // show a file chooser for the folder and name
  std::optional<std::string> open_folder;
  std::optional<std::string> refused;  // why the request was not made (also shown in the dialog)
};

class ExportDialog {
 public:
  // Opens the dialog; its folder starts at `folder` the first time (then the last used).
  void open(const std::string& folder);
  bool is_open() const { return open_; }
  ExportActions draw(const MapSpec& shown, const UiFonts& fonts, float screen_w, float screen_h);

  // A chooser's answer: the folder and file name (its extension picks the format).
  void set_target(const std::string& path);
  void set_written(const std::string& path);
  void set_failed(const std::string& message);  // the whole message, in the shown language
  std::string folder() const { return folder_.data(); }
  std::string file_name() const { return name_.data(); }

 private:
  bool open_ = false;
  bool appearing_ = false;
  std::size_t preset_ = 0;  // into export_presets()
  int custom_w_ = 1920, custom_h_ = 1080;
  exporting::Format format_ = exporting::Format::png;
  std::array<char, 1024> folder_{};
  std::array<char, 512> name_{};
  bool name_typed_ = false;   // the user typed a name: stop suggesting one
  std::string suggested_;     // the name last suggested
  std::string written_;       // the last file written
  std::string error_;
};

}  // namespace hgm::app
