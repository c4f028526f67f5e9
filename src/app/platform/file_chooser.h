#pragma once
// The desktop's own file chooser, through the XDG desktop portal (libportal): the dialog
// GNOME, KDE and the others show for any application, sandboxed or not. Where the window
// was built without libportal, or runs without a D-Bus session or a portal (a bare X
// server, tests, CI), start_*() returns false or poll() reports `failed`, and the caller
// shows its built-in chooser (panels/file_browser.h) instead.
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hgm::app {

struct FileFilter {
  std::string name;                   // "Bảng số liệu (CSV, XLSX, ODS)"
  std::vector<std::string> patterns;  // "*.csv" …
};

class PortalFileChooser {
 public:
  enum class Outcome { chosen, cancelled, failed };
  struct Result {
    Outcome outcome = Outcome::failed;
    std::string path;  // chosen: a local path
  };

  PortalFileChooser();
  ~PortalFileChooser();
  PortalFileChooser(const PortalFileChooser&) = delete;
  PortalFileChooser& operator=(const PortalFileChooser&) = delete;

  // Asks the portal to show its chooser; false when there is no portal to ask (then
  // nothing is pending). One request at a time: false while one is pending.
  bool start_open(const std::string& title, const std::vector<FileFilter>& filters);
  bool start_save(const std::string& title, const std::string& folder, const std::string& name);
  bool pending() const;
  // Runs the portal's pending replies (GLib's main context) without waiting; the result
  // once, when the user has answered.
  std::optional<Result> poll();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::app
