#pragma once
#include <string>

#include "core/data/table_import.h"

namespace hgm::cli {

// The report of `check-data`: rows read, matched, unmatched, ambiguous; then every
// problem with file:line, the reason and the closest districts; then the decisions taken.
std::string check_report_text(const ImportReport& report, Lang lang);
std::string check_report_json(const ImportReport& report);

}  // namespace hgm::cli
