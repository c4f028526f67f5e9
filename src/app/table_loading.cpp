#include "app/table_loading.h"

#include "app/app_text.h"
#include "core/data/import_report_text.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/table_reader.h"
#include "io/text_file.h"
#include "render/atomic_file.h"

namespace hgm::app {

std::filesystem::path mapping_file_for(const std::string& table_path) {
  return std::filesystem::path(table_path).replace_extension(".mapping.csv");
}

std::filesystem::path save_mappings(const std::string& table_path, const std::vector<ColumnMapping>& mappings) {
  const std::filesystem::path out = mapping_file_for(table_path);
  render::write_file_atomically(out, mapping_csv(mappings), "CSV");
  return out;
}

namespace {

// The mapping saved beside the table; none when there is no file. A file that does not read
// is left unused and said why: the mapping step then asks again.
std::vector<ColumnMapping> saved_mappings(const std::string& table_path, Lang lang, std::string& note) {
  const std::filesystem::path file = mapping_file_for(table_path);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return {};
  try {
    return parse_mapping_csv(io::read_text_file(file.string(), lang), file.string(), lang);
  } catch (const Error& e) {
    note = e.message(lang);
    return {};
  }
}

}  // namespace

TableLoad load_table_file(const std::string& path, const DistrictRegistry& registry, IndicatorTable& into,
                          const std::string& period, Lang lang, const std::optional<std::vector<ColumnMapping>>& mappings) {
  TableLoad load;
  load.path = path;
  load.mappings = mappings ? *mappings : saved_mappings(path, lang, load.mapping_note);
  RawTable raw;
  try {
    raw = io::read_table(path, lang);
  } catch (const Error& e) {  // bad data, or GDAL not to be had (io/gdal_module_trouble.h)
    load.error = e.message(lang);
    return load;
  }
  ImportOptions options;
  options.period = period;
  options.lang = lang;
  options.issues_kept = kIssuesKeptInWindow;
  options.mappings = load.mappings;
  options.asker = ImportOptions::Asker::window;
  load.before = std::make_shared<const IndicatorTable>(into);
  load.period = period;
  load.report = import_table(raw, registry, into, options);
  return load;
}

std::filesystem::path write_full_issue_list(const TableLoad& load, const DistrictRegistry& registry, Lang lang) {
  IndicatorTable scratch = load.before ? *load.before : IndicatorTable{};
  ImportOptions options;
  options.period = load.period;
  options.lang = lang;
  options.mappings = load.mappings;
  options.asker = ImportOptions::Asker::window;
  const ImportReport full = import_table(io::read_table(load.path, lang), registry, scratch, options);
  const std::filesystem::path out = std::filesystem::path(load.path).replace_extension(".issues.txt");
  render::write_file_atomically(out, import_report_text(full, lang), "text");
  return out;
}

std::string load_summary(const TableLoad& load, Lang lang) {
  if (!load.report) return ui_text(lang, UiText::table_load_failed, {{"path", load.path}, {"error", load.error}});
  const ImportReport& r = *load.report;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::string line = ui_text(lang, UiText::table_load_line,
                             {{"path", load.path}, {"rows", n(r.rows_read)}, {"matched", n(r.rows_matched)}, {"values", n(r.values)}});
  if (!r.ok())
    line += ", " + ui_text(lang, UiText::table_issue_count, {{"n", n(r.total_issues())}});
  for (const ImportIssue& issue : r.issues) line += "\n  " + issue_line(issue, lang);
  return line;
}

}  // namespace hgm::app
