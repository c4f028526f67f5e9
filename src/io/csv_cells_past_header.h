#pragma once
// GDAL's CSV reader drops the cells a record has past its header without a word, so
// "Xín Mần,55,5" (a decimal comma in a comma-separated file) reads as 55. This finds them.
#include <string>
#include <unordered_map>
#include <vector>

namespace hgm::io {

// The non-blank cells past the header's last column, by record number from 1 (blank lines
// are not records), as GDAL numbers its features. The separator is the header line's most
// frequent of ',', ';' and tab, as GDAL picks it. Reads the file in pieces: a table of a
// million rows is never held whole.
std::unordered_map<long, std::vector<std::string>> csv_cells_past_header(const std::string& path);

}  // namespace hgm::io
