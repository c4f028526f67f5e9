#pragma once
#include <string>

#include "cli/cli_options.h"
#include "core/data/table_import.h"
#include "io/project_data.h"

namespace hgm::cli {

// The project's tables with the map's units: a --units layer's (its geometry read too,
// its warnings printed), else districts.csv's, for the commands that need no map.
ProjectData project_data(const CliOptions& o);

// Reads a planner's table (its --sheet, if a workbook) into `data`; a table without a period
// column takes --period.
ImportReport import_table_file(const CliOptions& o, const std::string& file, ProjectData& data);

// The report of `check-data --json` (the text form is core's import_report_text): rows read,
// matched, unmatched, ambiguous, conflicts; every problem with file:line, the reason and the
// closest districts; the decisions taken.
std::string check_report_json(const ImportReport& report);

}  // namespace hgm::cli
