#pragma once
// An import report as lines of text, the same in the terminal (check-data) and in the file
// the window writes on request: the summary, every issue kept with its file:line, then the
// decisions taken.
#include <string>

#include "core/data/table_import.h"

namespace hgm {

// "bang.csv:12: unmatched: 'Xin Mam': … (gần nhất: Xín Mần)" — no indent, no line break.
std::string issue_line(const ImportIssue& issue, Lang lang);

// The summary line, then each issue and decision on its own indented line; a report that
// kept only the first issues of each kind says so.
std::string import_report_text(const ImportReport& report, Lang lang);

}  // namespace hgm
