#pragma once
// A planner's table read from a file and imported into an indicator table, with what the
// import found (or why the file could not be read) kept for the report window.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/data/district_registry.h"
#include "core/text/number_format.h"
#include "core/data/table_import.h"

namespace hgm::app {

// The window keeps this many issues of each kind (all are counted); the full list is written
// to a file on request (write_full_issue_list).
inline constexpr std::size_t kIssuesKeptInWindow = 200;

struct TableLoad {
  std::string path;
  std::optional<ImportReport> report;  // nullopt when the file could not be read
  std::string error;                   // why it could not be read (hgm::DataError's message)
  // What the import started from, to import again for the full list of issues.
  std::shared_ptr<const IndicatorTable> before;
  std::string period;

  bool read() const { return report.has_value(); }
  // Read, and every row matched and every value was understood.
  bool clean() const { return report && report->ok(); }
};

// Reads `path` with io::read_table and imports it into `into` (a table without a period
// column takes `period`). A read error leaves `into` untouched and is returned in the load.
TableLoad load_table_file(const std::string& path, const DistrictRegistry& registry, IndicatorTable& into,
                          const std::string& period, Lang lang);

// One line for the terminal: "bảng.csv: 12 dòng, 11 khớp, 1 vấn đề".
std::string load_summary(const TableLoad& load, Lang lang);

// Reads and imports the table again, as it was loaded, keeping every issue, and writes the
// whole report (core's import_report_text) atomically beside the table as NAME.issues.txt.
// Returns the file written; throws hgm::DataError (the table no longer reads) or the
// atomic writer's error (the file cannot be written).
std::filesystem::path write_full_issue_list(const TableLoad& load, const DistrictRegistry& registry, Lang lang);

}  // namespace hgm::app
