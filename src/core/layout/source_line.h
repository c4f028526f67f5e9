#pragma once
// The line under every map and chart that says where its figures come from.
#include <string>
#include <vector>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

// "Nguồn số liệu: Báo cáo … (mục I.5.a); bảng quy-2.csv" — the report with the sections
// the figures were taken from, then every other document (planners' tables) by name; when
// a table's figure replaced another source's, ", thay số liệu của báo cáo ở 2 huyện/TP" says
// whose and how many. Null entries (no data) are skipped.
std::string source_line(const std::vector<const StatedValue*>& values, Lang lang);

}  // namespace hgm
