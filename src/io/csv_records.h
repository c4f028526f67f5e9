#pragma once
// What GDAL's CSV reader does not tell: the cells a record has past its header (dropped
// without a word, so "Xín Mần,55,5" — a decimal comma in a comma-separated file — reads as
// 55), and the line each record starts on (GDAL numbers records, and a blank line or a
// quoted cell holding line breaks puts the two apart).
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hgm::io {

struct CsvRecords {
  char separator = ',';
  // The non-blank cells past the header's last column, by record number from 1 (blank
  // lines are not records), as GDAL numbers its features.
  std::unordered_map<long, std::vector<std::string>> cells_past_header;
  // The line (from 1, the header's being 1) record `record` starts on, as an editor shows it.
  int line_of(long record) const;

  // Where a record's line stops being record + 1: (first such record, lines it is past
  // record + 1), in order. A million plain rows keep nothing here.
  std::vector<std::pair<long, int>> line_steps;
};

// Scans the file once, in pieces: a table of a million rows is never held whole. The
// separator is the header line's most frequent of ',', ';' and tab, as GDAL picks it.
CsvRecords scan_csv_records(const std::string& path);

}  // namespace hgm::io
