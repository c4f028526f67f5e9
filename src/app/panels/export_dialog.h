#pragma once
// The window's export dialog (the panel's "Xuất bản đồ…" button, Ctrl+E): this map or a
// batch (every indicator with figures, or a chosen list; the period shown or every
// period), a size preset (slides, A4/A3 paper, custom), PNG/SVG/PDF or one PDF deck, a
// folder and a file name (suggested from the indicator and period as a batch export names
// it, until the user types one) or a batch's name pattern. While the window writes, a
// progress bar, the map being made and Cancel; after, the path or a summary (written,
// failed and why) and a button to open the folder. It only asks; the window writes the
// files (through the batch loop the CLI uses) and tells it how that went.
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/platform/imgui_layer.h"
#include "core/data/indicator.h"
#include "core/spec/batch_plan.h"
#include "core/spec/map_spec.h"
#include "export/map_export.h"

namespace hgm::app {

struct ExportRequest {
  MapSpec spec;      // the spec on screen at the chosen size
  std::string path;  // one map: folder / file name; a deck: its file
  std::optional<BatchRequest> batch;  // many maps of `spec`, into `folder` (or the deck)
  std::string folder;
  bool deck = false;  // the batch as the pages of the PDF `path`
};

// A batch's progress, as the dialog shows it.
struct ExportRunning {
  std::size_t started = 0, total = 0;
  std::string current;
  bool quit_after = false;  // the window quits once it is done (Ctrl+Q while it ran)
};

// How an export ended, for the dialog's summary.
struct ExportSummary {
  std::string headline;               // in the shown language
  std::vector<std::string> failures;  // "file: reason"
  std::string folder;                 // for "open folder"
};

struct ExportActions {
  std::optional<ExportRequest> write;
  bool cancel = false;
  bool showed_writing = false;  // this frame drew "Writing…" with the export button disabled
  bool choose_target = false;  // show a file chooser for the folder and name
  std::optional<std::string> open_folder;
  std::optional<std::string> refused;  // why the request was not made (also shown in the dialog)
};

class ExportDialog {
 public:
  // Opens the dialog; its folder starts at `folder` the first time (then the last used).
  void open(const std::string& folder);
  bool is_open() const { return open_; }
  void close() { open_ = false; }
  ExportActions draw(const MapSpec& shown, const IndicatorTable& table, const UiFonts& fonts, float screen_w,
                     float screen_h);

  // A chooser's answer: the folder and file name (its extension picks the format).
  void set_target(const std::string& path);
  void set_written(const std::string& path);
  void set_failed(const std::string& message);  // the whole message, in the shown language
  // While the window writes (nothing: not writing); the Export button is disabled meanwhile.
  void set_running(std::optional<ExportRunning> running) { running_ = std::move(running); }
  void set_summary(ExportSummary summary);
  std::string folder() const { return folder_.data(); }
  std::string file_name() const { return name_.data(); }

 private:
  enum class Scope { this_map, all_indicators, chosen_indicators };
  // This map or a batch, and a batch's periods and indicators.
  void draw_scope(const MapSpec& shown, const IndicatorTable& table);
  void draw_progress(Lang lang);
  void draw_outcome(Lang lang, ExportActions& actions);
  std::optional<BatchRequest> batch_request(const IndicatorTable& table) const;

  bool open_ = false;
  bool appearing_ = false;
  int place_keyboard_ = 0;  // frames left to put the keyboard on the folder field
  Scope scope_ = Scope::this_map;
  bool all_periods_ = false;
  bool deck_ = false;
  std::set<std::string> chosen_;  // indicator ids, for chosen_indicators
  std::array<char, 256> pattern_{};
  std::optional<ExportRunning> running_;
  std::optional<ExportSummary> summary_;
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
