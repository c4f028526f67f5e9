#include "app/table_loading.h"

#include "app/app_text.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "io/table_reader.h"

namespace hgm::app {

TableLoad load_table_file(const std::string& path, const DistrictRegistry& registry, IndicatorTable& into,
                          const std::string& period, Lang lang) {
  TableLoad load;
  load.path = path;
  RawTable raw;
  try {
    raw = io::read_table(path, lang);
  } catch (const DataError& e) {
    load.error = e.what();
    return load;
  }
  ImportOptions options;
  options.period = period;
  options.lang = lang;
  load.report = import_table(raw, registry, into, options);
  return load;
}

std::string load_summary(const TableLoad& load, Lang lang) {
  if (!load.report) return ui_text(lang, UiText::table_load_failed, {{"path", load.path}, {"error", load.error}});
  const ImportReport& r = *load.report;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::string line = ui_text(lang, UiText::table_load_line,
                             {{"path", load.path}, {"rows", n(r.rows_read)}, {"matched", n(r.rows_matched)}, {"values", n(r.values)}});
  if (!r.issues.empty())
    line += ", " + ui_text(lang, UiText::table_issue_count, {{"n", n(static_cast<int>(r.issues.size()))}});
  for (const ImportIssue& issue : r.issues) {
    line += "\n  " + issue.where + ": ";
    if (!issue.text.empty()) line += "'" + issue.text + "': ";
    line += issue.reason;
    if (!issue.candidates.empty()) line += tr(lang, Msg::import_closest, {{"names", join(issue.candidates)}});
  }
  return line;
}

}  // namespace hgm::app
