#pragma once
// How a value's source is named in a sentence: "báo cáo" / "the report" for the province's
// report, "bảng quy-2.csv" / "table quy-2.csv" for a planner's table (or a row of one).
#include <string>

#include "core/text/lang.h"

namespace hgm {

// `document` as a Provenance names it; empty or the report's file name is the report.
std::string source_name(const std::string& document, Lang lang);

}  // namespace hgm
