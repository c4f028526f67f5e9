// The window's tables (window_loop.h): a table loaded (chosen, dropped, from the recent
// list), its column mapping step or its report shown, the mapping applied and saved, and
// the data tab's template written.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "app/absolute_path.h"
#include "app/app_text.h"
#include "app/recent_files.h"
#include "app/table_drop.h"
#include "app/table_loading.h"
#include "app/window_loop.h"
#include "core/data/import_report_text.h"
#include "core/data/table_template.h"
#include "core/errors.h"
#include "export/table_template_file.h"

namespace hgm::app {

void WindowLoop::load_table(const std::string& path) {
  const TableLoad& load = state_.load_table(path);
  std::cerr << "hagiang-map-app: " << load_summary(load, state_.selection().lang) << "\n";
  if (load.read()) remember_table(path);
  show_load(state_.table_loads().size() - 1);
}

void WindowLoop::show_load(std::size_t index) {
  const TableLoad& load = state_.table_loads().at(index);
  const Lang lang = state_.selection().lang;
  if (!load.mapping_note.empty()) std::cerr << "hagiang-map-app: " << load.mapping_note << "\n";
  if (!load.asks()) {
    report_.open(index);
    return;
  }
  std::string columns;
  for (const ColumnQuestion& q : load.report->questions) columns += (columns.empty() ? "'" : ", '") + q.header + "'";
  std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::map_title) << ": " << columns << "\n";
  mapping_.open(state_, index);
}

void WindowLoop::apply_mapping(const AppliedMapping& applied) {
  const Lang lang = state_.selection().lang;
  try {
    state_.remap_table(applied.load, applied.mappings);
  } catch (const Error& e) {
    panel_.set_error(e.message(lang));
    std::cerr << "hagiang-map-app: " << e.message(lang) << "\n";
    return;
  }
  const TableLoad& load = state_.table_loads()[applied.load];
  std::string saved;
  try {
    saved = ui_text(lang, UiText::map_saved, {{"path", save_mappings(load.path, applied.mappings).string()}});
  } catch (const std::exception& e) {
    saved = ui_text(lang, UiText::map_not_saved, {{"reason", outcome_of(e, lang).message}});
  }
  std::cerr << "hagiang-map-app: " << saved << "\n";
  log_reload(applied.load);
}

void WindowLoop::log_reload(std::size_t index) {
  const TableLoad& load = state_.table_loads()[index];
  const Lang lang = state_.selection().lang;
  std::cerr << "hagiang-map-app: " << load_summary(load, lang) << "\n";
  if (load.report)
    for (const std::string& line : import_report_lead(*load.report, lang)) std::cerr << "hagiang-map-app:   " << line << "\n";
  report_.open(index);
}

void WindowLoop::reperiod_table(std::size_t index, const std::string& period) {
  const Lang lang = state_.selection().lang;
  try {
    state_.reperiod_table(index, period);
  } catch (const Error& e) {
    panel_.set_error(e.message(lang));
    std::cerr << "hagiang-map-app: " << e.message(lang) << "\n";
    return;
  }
  log_reload(index);
}

void WindowLoop::write_template(const std::string& chosen_path) {
  const Lang lang = state_.selection().lang;
  std::filesystem::path out(chosen_path);
  std::string ext = out.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext != ".xlsx" && ext != ".ods" && ext != ".csv") out += template_.extension();
  try {
    const TableSheet sheet = make_table_template(state_.inputs().data.registry, state_.table(), template_.period(), lang);
    exporting::write_table_template(out.string(), sheet, lang);
    const std::string written = absolute_path(out.string());
    template_.set_written(written);
    std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::template_written, {{"path", written}}) << "\n";
  } catch (const std::exception& e) {
    const std::string message = ui_text(lang, UiText::template_failed, {{"reason", outcome_of(e, lang).message}});
    template_.set_failed(message);
    std::cerr << "hagiang-map-app: " << message << "\n";
  }
}

void WindowLoop::remember_table(const std::string& path) {
  recent_tables_ = with_recent(recent_tables_, absolute_path(path));
  panel_.set_recent_tables(recent_tables_);
  if (recent_file_.empty()) return;
  try {
    write_recent_files(recent_file_, recent_tables_);
  } catch (const std::exception& e) {
    // Only the list is lost; the table is loaded.
    std::cerr << "hagiang-map-app: " << e.what() << "\n";
  }
}

void WindowLoop::drop_file(const std::string& path) {
  if (!is_table_file(path)) {
    const std::string file = std::filesystem::path(path).filename().string();
    panel_.set_error(ui_text(state_.selection().lang, UiText::not_a_table, {{"file", file}}));
    return;
  }
  load_table(path);
}

}  // namespace hgm::app
