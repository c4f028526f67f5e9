#pragma once
// A small RFC 4180 reader for the project's own tables in geodata/ (UTF-8, comma,
// quoted fields). Planners' spreadsheets go through GDAL in src/io instead.
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"

namespace hgm {

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// Skips a UTF-8 BOM, blank lines and lines starting with '#'. Throws DataError naming
// `source_name` and the line for an unterminated quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source_name);

// Column lookup by header name; throws DataError naming the file and the missing column.
class CsvHeader {
 public:
  CsvHeader(const CsvRow& header, std::string source_name);
  std::size_t index(std::string_view column) const;
  bool has(std::string_view column) const;
  const std::string& field(const CsvRow& row, std::string_view column) const;

 private:
  std::vector<std::string> names_;
  std::string source_;
};

// Calls fn(header, row) for each row after the header. An empty file is an error
// naming the file when `required`, else there is nothing to do.
template <typename Fn>
void for_each_data_row(std::string_view text, const std::string& source_name, bool required, Fn fn) {
  const auto rows = parse_csv(text, source_name);
  if (rows.empty()) {
    if (required) throw DataError(source_name + ": the file is empty; it needs a header and rows.");
    return;
  }
  const CsvHeader header(rows.front(), source_name);
  for (std::size_t r = 1; r < rows.size(); ++r) fn(header, rows[r]);
}

}  // namespace hgm
