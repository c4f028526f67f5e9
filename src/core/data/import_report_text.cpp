#include "core/data/import_report_text.h"

#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/text/text_join.h"

namespace hgm {

std::string issue_line(const ImportIssue& i, Lang lang) {
  std::string line = i.where + ": " + issue_kind_id(i.kind) + ": ";
  if (!i.text.empty()) line += "'" + i.text + "': ";
  line += i.reason;
  if (!i.candidates.empty()) line += tr(lang, Msg::import_closest, {{"names", join(i.candidates)}});
  return line;
}

std::string import_report_text(const ImportReport& r, Lang lang) {
  using K = ImportIssue::Kind;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::string out = r.source + ": " +
                    tr(lang, Msg::import_summary,
                       {{"rows", n(r.rows_read)},
                        {"matched", n(r.rows_matched)},
                        {"unmatched", n(r.count(K::unmatched_district))},
                        {"ambiguous", n(r.count(K::ambiguous_district))},
                        {"bad", n(r.count(K::bad_value))},
                        {"conflicts", n(r.count(K::conflict))},
                        {"replaced", n(r.count(K::replaces))},
                        {"values", n(r.values)}}) +
                    "\n";
  for (const ImportIssue& i : r.issues) out += "  " + issue_line(i, lang) + "\n";
  if (!r.all_kept())
    out += "  " + tr(lang, Msg::import_issues_cut,
                     {{"kept", n(static_cast<int>(r.issues.size()))}, {"total", n(r.total_issues())}}) + "\n";
  for (const std::string& d : r.decisions) out += "  " + std::string(tr(lang, Msg::import_note)) + ": " + d + "\n";
  return out;
}

}  // namespace hgm
