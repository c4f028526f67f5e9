#pragma once
// A planner's table as the reader hands it over, written inline: rows from line 2.
#include <string>
#include <utility>
#include <vector>

#include "core/data/table_import.h"

namespace hgm::test {

inline RawTable wide(std::vector<std::string> headers, std::vector<std::vector<std::string>> rows) {
  RawTable t;
  t.source = "bang.csv";
  t.headers = std::move(headers);
  int line = 2;
  for (auto& cells : rows) t.rows.push_back({line++, std::move(cells), {}, {}});
  return t;
}

}  // namespace hgm::test
