#pragma once
// An import report as lines of text, the same in the terminal (check-data) and in the file
// the window writes on request: the summary, every issue kept with its file:line, then the
// decisions taken.
#include <ostream>
#include <string>
#include <vector>

#include "core/data/table_import.h"

namespace hgm {

// "bang.csv:12: unmatched: 'Xin Mam': … (gần nhất: Xín Mần)" — no indent, no line break.
std::string issue_line(const ImportIssue& issue, Lang lang);

// What the load added, first: "bang.csv: đã thêm 12 số liệu", then one "+ indicator, kỳ …"
// line per indicator and period (and its province figure); or "bang.csv: KHÔNG thêm được số
// liệu nào …" and, when no issue explains it, that the matched cells were empty.
std::vector<std::string> import_report_lead(const ImportReport& report, Lang lang);

// The lead, the summary line, then each issue and decision on its own indented line; a report that
// kept only the first issues of each kind says so.
std::string import_report_text(const ImportReport& report, Lang lang);
// The same, written line by line: a report of a million issues is never one string.
void write_import_report_text(std::ostream& out, const ImportReport& report, Lang lang);

}  // namespace hgm
