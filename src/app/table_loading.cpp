#include "app/table_loading.h"

#include "core/errors.h"
#include "io/table_reader.h"

namespace hgm::app {

TableLoad load_table_file(const std::string& path, const DistrictRegistry& registry, IndicatorTable& into,
                          const std::string& period, Lang lang) {
  TableLoad load;
  load.path = path;
  RawTable raw;
  try {
    raw = io::read_table(path);
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
  const bool vi = lang == Lang::vi;
  if (!load.report) return load.path + ": " + (vi ? "không đọc được: " : "could not be read: ") + load.error;
  const ImportReport& r = *load.report;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::string line = load.path + ": " + n(r.rows_read) + (vi ? " dòng, " : " rows, ") + n(r.rows_matched) +
                     (vi ? " khớp, " : " matched, ") + n(r.values) + (vi ? " số liệu" : " values");
  if (!r.issues.empty()) line += ", " + n(static_cast<int>(r.issues.size())) + (vi ? " vấn đề" : " issue(s)");
  for (const ImportIssue& issue : r.issues) {
    line += "\n  " + issue.where + ": ";
    if (!issue.text.empty()) line += "'" + issue.text + "': ";
    line += issue.reason;
    if (!issue.candidates.empty()) {
      line += vi ? " (gần nhất: " : " (closest: ";
      for (std::size_t i = 0; i < issue.candidates.size(); ++i) line += (i ? ", " : "") + issue.candidates[i];
      line += ")";
    }
  }
  return line;
}

}  // namespace hgm::app
