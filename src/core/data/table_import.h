#pragma once
// Joining a planner's table to the districts and indicators, without guessing.
// Two layouts are understood:
//  - wide: one row per district, one column per indicator (header = indicator id or name);
//  - long: columns for indicator, district and value (and optionally period, section, quote).
// Districts are matched by GSO code or by name (DistrictRegistry::match_name); rows that
// match nothing, or more than one thing, are listed with file:line and candidates.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"
#include "core/data/stated_value_parser.h"

namespace hgm {

struct RawTable {
  std::string source;             // file name, for messages
  std::vector<std::string> headers;
  struct Row {
    int line = 0;  // line (CSV) or spreadsheet row number
    std::vector<std::string> cells;
    std::vector<bool> numeric;  // the cell was a number in the spreadsheet (not text)
  };
  std::vector<Row> rows;
};

struct ImportOptions {
  std::string period;  // used when the table has no period column
  Lang lang = Lang::vi;  // of the reasons and decisions in the report
  // Declared number conventions per column header; others are detected.
  std::map<std::string, NumberConvention> conventions;
};

struct ImportIssue {
  enum class Kind { unmatched_district, ambiguous_district, bad_value, unknown_indicator, bad_period, bad_column };
  Kind kind = Kind::bad_value;
  std::string where;   // "file.csv:12"
  std::string text;    // the cell or name at fault
  std::string reason;  // what is wrong and what to do
  std::vector<std::string> candidates;  // closest district names, best first
};

struct ImportReport {
  std::string source;
  int rows_read = 0;
  int rows_matched = 0;
  int values = 0;                       // values added to the table
  std::vector<std::string> decisions;   // e.g. column conventions, layout, ignored columns
  std::vector<ImportIssue> issues;

  int count(ImportIssue::Kind kind) const;
  bool ok() const { return issues.empty(); }
};

// Adds what it can to `into`; everything it could not take is in the report.
ImportReport import_table(const RawTable& table, const DistrictRegistry& registry, IndicatorTable& into,
                          const ImportOptions& options);

// "2021-Q1", "Q1/2021", "Quý I/2021", "quy 1 2021" -> "2021-Q1".
std::optional<std::string> parse_period(const std::string& text);

const char* issue_kind_id(ImportIssue::Kind kind);

}  // namespace hgm
