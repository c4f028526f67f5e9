#pragma once
// A planner's table read from a file and imported into an indicator table, with what the
// import found (or why the file could not be read) kept for the report window.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
  // The column mappings it was read with: the user's from the mapping step, or the ones
  // saved beside the table (mapping_file_for) by an earlier step.
  std::vector<ColumnMapping> mappings;
  std::string mapping_note;  // a saved mapping that could not be read: why (it was not used)

  // Columns the import could not take on its own, for the mapping step.
  bool asks() const { return report && !report->questions.empty(); }

  bool read() const { return report.has_value(); }
  // Read, and every row matched and every value was understood.
  bool clean() const { return report && report->ok(); }
};

// Reads `path` with io::read_table and imports it into `into` (a table without a period
// column takes `period`) with `mappings`, or, when none are given, with those saved beside
// the table. A read error leaves `into` untouched and is returned in the load.
TableLoad load_table_file(const std::string& path, const DistrictRegistry& registry, IndicatorTable& into,
                          const std::string& period, Lang lang,
                          const std::optional<std::vector<ColumnMapping>>& mappings = std::nullopt);

// Where the window keeps a table's column mapping: beside it, "quy2.csv" -> "quy2.mapping.csv"
// (a CSV that `hagiang-map --mapping` reads too).
std::filesystem::path mapping_file_for(const std::string& table_path);

// Writes `mappings` to mapping_file_for(table_path) atomically; returns the file. Throws the
// atomic writer's error when it cannot be written.
std::filesystem::path save_mappings(const std::string& table_path, const std::vector<ColumnMapping>& mappings);

// One line for the terminal: "bảng.csv: 12 dòng, 11 khớp, 1 vấn đề".
std::string load_summary(const TableLoad& load, Lang lang);

// Reads and imports the table again, as it was loaded, keeping every issue, and writes the
// whole report (core's import_report_text) atomically beside the table as NAME.issues.txt.
// Returns the file written; throws hgm::DataError (the table no longer reads) or the
// atomic writer's error (the file cannot be written).
std::filesystem::path write_full_issue_list(const TableLoad& load, const DistrictRegistry& registry, Lang lang);

}  // namespace hgm::app
