#pragma once
// A small RFC 4180 reader for the project's own tables in geodata/ (UTF-8, comma,
// quoted fields). Planners' spreadsheets go through GDAL in src/io instead.
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace hgm
