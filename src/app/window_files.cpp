// The window's file choosers (window_loop.h): the desktop's through the portal where there
// is one, else the built-in browser; the answer goes where it was asked for.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

#include "app/app_text.h"
#include "app/window_loop.h"

namespace hgm::app {

WindowLoop::FileRequest WindowLoop::file_request(Choosing purpose) const {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path recent_folder = recent_tables_.empty() ? fs::path() : fs::path(recent_tables_.front()).parent_path();
  const fs::path here = fs::current_path(ec);
  switch (purpose) {
    case Choosing::nothing: break;
    case Choosing::table:
      return {FileBrowser::Mode::open, recent_folder, "", ui_text(state_.selection().lang, UiText::table_file_filter),
              {".csv", ".xlsx", ".ods"}};
    case Choosing::template_target:
      return {FileBrowser::Mode::save, recent_tables_.empty() ? here : recent_folder, template_.suggested_name(), "",
              {".xlsx", ".ods", ".csv"}};
    case Choosing::story_open:
    case Choosing::story_save: {
      const fs::path folder = story_.path().empty() ? here : fs::path(story_.path()).parent_path();
      if (purpose == Choosing::story_open) return {FileBrowser::Mode::open, folder, "", "JSON", {".json"}};
      const std::string name = story_.path().empty() ? "story.json" : fs::path(story_.path()).filename().string();
      return {FileBrowser::Mode::save, folder, name, "", {".json"}};
    }
    case Choosing::export_target:
      return {FileBrowser::Mode::save, export_.folder(), export_.file_name(), "", {".png", ".svg", ".pdf"}};
  }
  return {};
}

void WindowLoop::choose_file(Choosing purpose) {
  if (choosing_ != Choosing::nothing || purpose == Choosing::nothing) return;  // one chooser at a time
  choosing_ = purpose;
  const FileRequest r = file_request(purpose);
  const bool open = r.mode == FileBrowser::Mode::open;
  const std::string title = ui_text(state_.selection().lang, open ? UiText::browser_open_title : UiText::browser_save_title);
  if (!portal_failed_) {
    if (open) {
      FileFilter filter{r.filter_name, {}};
      for (const std::string& ext : r.extensions) {
        std::string upper = ext;
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        filter.patterns.insert(filter.patterns.end(), {"*" + ext, "*" + upper});
      }
      if (portal_.start_open(title, {filter})) return;
    } else if (portal_.start_save(title, r.folder.string(), r.name)) {
      return;
    }
  }
  browser_.show(r.mode, r.folder, r.name, r.extensions);
}

void WindowLoop::chosen(const std::string& path) {
  const Choosing purpose = std::exchange(choosing_, Choosing::nothing);
  if (purpose == Choosing::table) load_table(path);
  if (purpose == Choosing::export_target) export_.set_target(path);
  if (purpose == Choosing::template_target) write_template(path);
  if (purpose == Choosing::story_open) open_story(path);
  if (purpose == Choosing::story_save) {
    const AfterAsking next = std::exchange(after_asking_, AfterAsking::nothing);
    if (write_story(path)) carry_out(next);
  }
}

void WindowLoop::chooser_closed() {
  // A Save waiting for a file name (a question's Save) does not go on without one.
  if (choosing_ == Choosing::story_save) after_asking_ = AfterAsking::nothing;
  choosing_ = Choosing::nothing;
}

bool WindowLoop::poll_portal() {
  const std::optional<PortalFileChooser::Result> r = portal_.poll();
  if (!r) return false;
  switch (r->outcome) {
    case PortalFileChooser::Outcome::chosen: chosen(r->path); break;
    case PortalFileChooser::Outcome::cancelled: chooser_closed(); break;
    case PortalFileChooser::Outcome::failed: {
      // No working portal after all (no backend for this desktop …): the built-in chooser.
      portal_failed_ = true;
      choose_file(std::exchange(choosing_, Choosing::nothing));
      break;
    }
  }
  return true;
}

}  // namespace hgm::app
