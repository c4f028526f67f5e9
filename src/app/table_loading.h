#pragma once
// A planner's table read from a file and imported into an indicator table, with what the
// import found (or why the file could not be read) kept for the report window.
#include <optional>
#include <string>

#include "core/data/district_registry.h"
#include "core/text/number_format.h"
#include "core/data/table_import.h"

namespace hgm::app {

struct TableLoad {
  std::string path;
  std::optional<ImportReport> report;  // nullopt when the file could not be read
  std::string error;                   // why it could not be read (hgm::DataError's message)

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

}  // namespace hgm::app
