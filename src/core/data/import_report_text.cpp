#include "core/data/import_report_text.h"

#include <sstream>

#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/text/text_join.h"

namespace hgm {

namespace {

// The line with its "(closest: …)" already worded.
std::string issue_line_closest(const ImportIssue& i, const std::string& closest) {
  std::string line = i.where + ": " + issue_kind_id(i.kind) + ": ";
  if (!i.text.empty()) line += "'" + i.text + "': ";
  line += i.reason;
  line += closest;
  return line;
}

std::string closest_names(const ImportIssue& i, Lang lang) {
  return i.candidates.empty() ? std::string() : tr(lang, Msg::import_closest, {{"names", join(i.candidates)}});
}

}  // namespace

std::string issue_line(const ImportIssue& i, Lang lang) { return issue_line_closest(i, closest_names(i, lang)); }

namespace {

int province_count(const ImportReport& r) {
  int n = 0;
  for (const AddedValues& a : r.added) n += a.province ? 1 : 0;
  return n;
}

}  // namespace

std::vector<std::string> import_report_lead(const ImportReport& r, Lang lang) {
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::vector<std::string> lines;
  if (!r.added_anything()) {
    lines.push_back(tr(lang, Msg::import_added_nothing, {{"file", r.source}}));
    if (r.total_issues() == 0) lines.emplace_back(tr(lang, Msg::import_nothing_in_cells));
    return lines;
  }
  // The summary counts district values: a total with province figures in it says so.
  const int province = province_count(r);
  lines.push_back(province == 0 ? tr(lang, Msg::import_added, {{"file", r.source}, {"n", n(r.values)}})
                                : tr(lang, Msg::import_added_with_province,
                                     {{"file", r.source}, {"n", n(r.values + province)}, {"districts", n(r.values)},
                                      {"province", n(province)}}));
  for (const AddedValues& a : r.added) {
    const std::string period = period_title(a.period, lang);
    if (a.districts > 0)
      lines.push_back(tr(lang, Msg::import_added_line, {{"indicator", a.indicator}, {"period", period}, {"n", n(a.districts)}}));
    if (a.province)
      lines.push_back(tr(lang, Msg::import_added_province, {{"indicator", a.indicator}, {"period", period}, {"value", a.province_stated}}));
  }
  return lines;
}

void write_import_report_text(std::ostream& out, const ImportReport& r, Lang lang) {
  using K = ImportIssue::Kind;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  // What was added leads; a load that added nothing says so first, and its reasons follow.
  const std::vector<std::string> lead = import_report_lead(r, lang);
  for (std::size_t i = 0; i < lead.size(); ++i) out << (i ? "  " : "") << lead[i] << "\n";
  out << r.source << ": "
      << tr(lang, Msg::import_summary,
            {{"rows", n(r.rows_read)},
             {"matched", n(r.rows_matched)},
             {"unmatched", n(r.count(K::unmatched_district))},
             {"ambiguous", n(r.count(K::ambiguous_district))},
             {"bad", n(r.count(K::bad_value))},
             {"conflicts", n(r.count(K::conflict))},
             {"replaced", n(r.count(K::replaces))},
             {"values", n(r.values)}})
      << "\n";
  // Rows of unmatched names mostly share their closest names: the last wording is reused.
  std::vector<std::string> last_names;
  std::string last_closest;
  for (const ImportIssue& i : r.issues) {
    if (i.candidates != last_names) {
      last_names = i.candidates;
      last_closest = closest_names(i, lang);
    }
    out << "  " << issue_line_closest(i, last_closest) << '\n';
  }
  if (!r.all_kept())
    out << "  " << tr(lang, Msg::import_issues_cut,
                      {{"kept", n(static_cast<int>(r.issues.size()))}, {"total", n(r.total_issues())}}) << "\n";
  for (const std::string& d : r.decisions) out << "  " << tr(lang, Msg::import_note) << ": " << d << "\n";
}

std::string import_report_text(const ImportReport& r, Lang lang) {
  std::ostringstream out;
  write_import_report_text(out, r, lang);
  return std::move(out).str();
}

}  // namespace hgm
